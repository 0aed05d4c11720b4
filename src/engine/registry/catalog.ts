import type { Changeset } from '../layer/entry';
import type { CatalogImage, CatalogIndex, CatalogLayerFile, CatalogRepository } from './catalog-format';
import { decodeCatalogLayer } from './catalog-layer';

/**
 * The official image catalog (public/catalog/, see catalog-format.ts), read on demand through an
 * injected fetchJson(path) with paths relative to the catalog root ("index.json",
 * "images/ubuntu/24.04.json", "layers/<id>.json"): the page fetches `<base>catalog/<path>`,
 * Node tests read the files. Nothing is loaded until asked, so the catalog costs the page's
 * first download nothing; an image's layers are fetched when it is pulled.
 */
export type FetchJson = (path: string) => Promise<unknown>;

export class Catalog {
  #index: Promise<CatalogIndex> | undefined;
  #images = new Map<string, Promise<CatalogImage>>();

  constructor(private readonly fetchJson: FetchJson) {}

  index(): Promise<CatalogIndex> {
    this.#index ??= this.fetchJson('index.json') as Promise<CatalogIndex>;
    return this.#index;
  }

  /** A repository by Docker name: "ubuntu", "library/ubuntu" or "docker.io/library/ubuntu". */
  async repository(name: string): Promise<CatalogRepository | undefined> {
    const short = name.replace(/^docker\.io\//, '').replace(/^library\//, '');
    return (await this.index()).repositories.find((r) => r.name === short);
  }

  /** The image key a repository:tag names, if the catalog has it. */
  async resolve(name: string, tag: string): Promise<string | undefined> {
    return (await this.repository(name))?.tags[tag];
  }

  image(key: string): Promise<CatalogImage> {
    let p = this.#images.get(key);
    if (!p) {
      p = this.fetchJson(`images/${key}.json`) as Promise<CatalogImage>;
      this.#images.set(key, p);
    }
    return p;
  }

  /** The image a repository:tag names, or undefined (a pull then says "not found"). */
  async find(name: string, tag: string): Promise<CatalogImage | undefined> {
    const key = await this.resolve(name, tag);
    return key === undefined ? undefined : this.image(key);
  }

  layerFile(id: string): Promise<CatalogLayerFile> {
    return this.fetchJson(`layers/${id}.json`) as Promise<CatalogLayerFile>;
  }

  async changeset(id: string): Promise<Changeset> {
    return decodeCatalogLayer(await this.layerFile(id));
  }

  /** Repositories whose name or description contains the term (as `docker search` matches). */
  async search(term: string): Promise<CatalogRepository[]> {
    const t = term.toLowerCase();
    return (await this.index()).repositories.filter((r) => r.name.includes(t) || r.description.toLowerCase().includes(t));
  }
}

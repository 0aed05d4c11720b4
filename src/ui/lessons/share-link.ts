import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { LessonTexts } from './lesson-texts';

/** The `#lesson=` fragment's value: the texts as JSON, deflated, base64url without padding. */
export function encodeShare(texts: LessonTexts): string {
  const bytes = deflateSync(strToU8(JSON.stringify({ v: 1, yaml: texts.yaml, prose: texts.prose })), { level: 9 });
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Reads a `#lesson=` value back; throws on anything that is not one. */
export function decodeShare(value: string): LessonTexts {
  const b64 = value.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  const data = JSON.parse(strFromU8(inflateSync(bytes))) as { v?: number; yaml?: unknown; prose?: Record<string, unknown> };
  if (data.v !== 1 || typeof data.yaml !== 'string' || !data.prose || typeof data.prose !== 'object') throw new Error('not a Layerlab lesson link');
  const prose: LessonTexts['prose'] = {};
  for (const lang of ['en', 'zh-CN'] as const) if (typeof data.prose[lang] === 'string') prose[lang] = data.prose[lang] as string;
  return { yaml: data.yaml, prose };
}

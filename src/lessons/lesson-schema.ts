import * as v from 'valibot';

/**
 * The lesson format (lessons/README.md): lesson.yaml holds everything shared by every
 * language (checks, solutions, setup); the prose lives in <lang>.md beside it.
 * Checks name the engine state they read, never the typed text.
 */
const ref = v.pipe(v.string(), v.minLength(1));
const argv = v.array(v.string());

export const CheckSchema = v.variant('check', [
  v.strictObject({ id: v.string(), check: v.literal('image'), ref, absent: v.optional(v.boolean()) }),
  v.strictObject({ id: v.string(), check: v.literal('same-image'), ref, as: ref }),
  v.strictObject({ id: v.string(), check: v.literal('image-file'), ref, path: v.pipe(v.string(), v.startsWith('/')), absent: v.optional(v.boolean()) }),
  v.strictObject({ id: v.string(), check: v.literal('image-layers'), ref, count: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  v.strictObject({ id: v.string(), check: v.literal('image-history'), ref, comment: v.optional(v.string()), author: v.optional(v.string()), createdBy: v.optional(v.string()) }),
  v.strictObject({ id: v.string(), check: v.literal('image-config'), ref, cmd: v.optional(argv), entrypoint: v.optional(argv) }),
  v.strictObject({ id: v.string(), check: v.literal('image-count'), dangling: v.optional(v.boolean()), count: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  v.strictObject({
    id: v.string(),
    check: v.literal('container'),
    name: v.optional(v.string()),
    image: v.optional(v.string()),
    state: v.optional(v.picklist(['created', 'running', 'exited'])),
    exitCode: v.optional(v.number()),
    count: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  }),
  v.strictObject({ id: v.string(), check: v.literal('container-diff'), name: v.optional(v.string()), image: v.optional(v.string()), path: v.pipe(v.string(), v.startsWith('/')), kind: v.optional(v.picklist(['A', 'C', 'D'])) }),
  v.strictObject({ id: v.string(), check: v.literal('registry'), registry: v.optional(v.string()), ref, sameAs: v.optional(ref) }),
  v.strictObject({ id: v.string(), check: v.literal('host-file'), path: v.pipe(v.string(), v.startsWith('/')), content: v.optional(v.string()), contains: v.optional(v.string()), absent: v.optional(v.boolean()) }),
  v.strictObject({ id: v.string(), check: v.literal('output'), matches: v.string() }),
]);

const StepSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'a step id is lowercase letters, digits and dashes')),
  goal: v.pipe(v.array(CheckSchema), v.minLength(1, 'a step needs at least one check')),
  solution: v.pipe(v.array(v.string()), v.minLength(1, 'a step needs a solution')),
  /** Command lists that must NOT complete this step (known wrong answers, replayed in CI). */
  wrong: v.optional(v.array(v.array(v.string()))),
});

export const LessonSpecSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'a lesson id is lowercase letters, digits and dashes')),
  level: v.picklist(['beginner', 'intermediate', 'advanced']),
  minutes: v.pipe(v.number(), v.integer(), v.minValue(1)),
  prerequisites: v.optional(v.array(v.string()), []),
  /** Features the lesson needs that the sandbox may not simulate yet ("docker pull", "apt-get"). */
  needs: v.optional(v.array(v.string()), []),
  setup: v.optional(
    v.strictObject({
      /** Official images present at the start, as if pulled before. */
      images: v.optional(v.array(ref), []),
      commands: v.optional(v.array(v.string()), []),
    }),
    { images: [], commands: [] },
  ),
  refusals: v.optional(v.array(v.strictObject({ id: v.string(), command: v.pipe(v.string(), v.minLength(1)) })), []),
  steps: v.pipe(v.array(StepSchema), v.minLength(1, 'a lesson needs at least one step')),
});

export type Check = v.InferOutput<typeof CheckSchema>;
export type LessonSpec = v.InferOutput<typeof LessonSpecSchema>;
export type StepSpec = LessonSpec['steps'][number];

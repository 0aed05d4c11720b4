import type { Builtin } from './builtin';
import { navigationBuiltins } from './navigation';
import { echo } from './echo';
import { printf } from './printf';
import { test } from './test';
import { variableBuiltins } from './variables';
import { controlBuiltins } from './control';
import { miscBuiltins } from './misc';

/** Every builtin by name, as `type` reports them ("x is a shell builtin"). */
export const builtins: Record<string, Builtin> = {
  ...navigationBuiltins,
  echo,
  printf,
  test,
  '[': test,
  ...variableBuiltins,
  ...controlBuiltins,
  '.': controlBuiltins.source,
  ...miscBuiltins,
};

/**
 * The syntax tree of the shell language (POSIX sh grammar plus the bash bits tutorials use).
 * Words keep their quoting structure because expansion rules depend on it (field splitting and
 * globbing apply only to unquoted results).
 */
export type WordPart =
  /** Unquoted text: subject to tilde expansion, globbing. */
  | { t: 'lit'; v: string }
  /** Quoted literal text ('...', $'...', a backslash-escaped character). */
  | { t: 'sq'; v: string }
  | { t: 'dq'; parts: WordPart[] }
  | ParamPart
  | { t: 'cmd'; body: List; src: string }
  | { t: 'arith'; expr: Word };

export interface ParamPart {
  t: 'param';
  name: string;
  /** ${#name} */
  length?: boolean;
  /** ':-' '-' ':=' '=' ':+' '+' ':?' '?' '#' '##' '%' '%%' */
  op?: string;
  arg?: Word;
}

export interface Word {
  parts: WordPart[];
}

export type RedirOp = '<' | '>' | '>>' | '>|' | '<>' | '>&' | '<&' | '&>' | '&>>' | '<<' | '<<-' | '<<<';

export interface Redir {
  /** Explicit fd number (2>), or undefined for the operator's default. */
  fd?: number;
  op: RedirOp;
  target: Word;
  /** Here-document body: raw text; expanded like a double-quoted string unless `quoted`. */
  heredoc?: { body: string; quoted: boolean };
}

export interface Assign {
  name: string;
  value: Word;
}

export interface SimpleCommand {
  t: 'simple';
  assigns: Assign[];
  words: Word[];
  redirs: Redir[];
  line: number;
}

export interface IfCommand { t: 'if'; clauses: { cond: List; body: List }[]; elseBody?: List; redirs: Redir[]; line: number }
export interface ForCommand { t: 'for'; name: string; words?: Word[]; body: List; redirs: Redir[]; line: number }
export interface WhileCommand { t: 'while'; until: boolean; cond: List; body: List; redirs: Redir[]; line: number }
export interface CaseItem { patterns: Word[]; body: List; term: ';;' | ';&' | ';;&' }
export interface CaseCommand { t: 'case'; word: Word; items: CaseItem[]; redirs: Redir[]; line: number }
export interface GroupCommand { t: 'group'; body: List; redirs: Redir[]; line: number }
export interface SubshellCommand { t: 'subshell'; body: List; redirs: Redir[]; line: number }
export interface FunctionDef { t: 'func'; name: string; body: Command; line: number }

export type Command =
  | SimpleCommand
  | IfCommand
  | ForCommand
  | WhileCommand
  | CaseCommand
  | GroupCommand
  | SubshellCommand
  | FunctionDef;

export interface Pipeline {
  bang: boolean;
  cmds: Command[];
}

export interface AndOr {
  first: Pipeline;
  rest: { op: '&&' | '||'; pipeline: Pipeline }[];
}

export interface ListItem {
  andOr: AndOr;
  background: boolean;
}

export type List = ListItem[];

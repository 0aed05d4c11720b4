import type { Lang } from '../../lessons/lesson';

const en = {
  lessons: 'Lessons',
  lessonList: 'All lessons',
  free: 'Free sandbox',
  freeIntro: 'No lesson: the sandbox is yours. Pick a lesson any time; your progress is kept.',
  start: 'Start',
  resume: 'Resume',
  restart: 'Start over',
  done: 'done',
  steps: (n: number, total: number) => `${n} of ${total} steps`,
  minutes: (m: number) => `${m} min`,
  step: (n: number, total: number) => `Step ${n} of ${total}`,
  checks: 'Goal',
  hint: 'Hint',
  moreHint: 'Another hint',
  noMoreHints: 'No more hints',
  solution: 'Show solution',
  solutionAsk: 'Type the solution into the terminal? This step will count as solved with help.',
  solutionYes: 'Yes, type it',
  cancel: 'Cancel',
  reset: 'Reset lesson',
  resetAsk: 'Start this lesson over from its starting state? Images, containers and files in the sandbox go.',
  resetYes: 'Yes, start over',
  previous: 'Previous',
  next: 'Next',
  back: 'Back to the current step',
  passed: 'Passed',
  finished: 'Lesson complete',
  nextLesson: 'Next lesson',
  download: 'Download record',
  share: 'Share',
  shareCopied: 'Link copied',
  shareReady: 'Share link:',
  copy: 'Copy',
  copied: 'Copied',
  open: 'Open lesson file…',
  openHelp: 'lesson.yaml + en.md (+ zh-CN.md), or a lesson .json; or drop them here',
  drop: 'Drop lesson files to open them',
  external: 'A lesson from outside the curriculum, in a sandbox of its own.',
  home: 'Back to Layerlab',
  loading: 'Loading…',
  preparing: 'Preparing the lesson…',
  language: 'Language',
  error: 'Could not open the lesson',
  hidePanel: 'Hide lessons',
  showPanel: 'Lessons',
  level: { beginner: 'beginner', intermediate: 'intermediate', advanced: 'advanced' } as Record<string, string>,
};

export type UiText = typeof en;

const zh: UiText = {
  lessons: '课程',
  lessonList: '全部课程',
  free: '自由练习',
  freeIntro: '不在课程中: 沙盒由你随意使用. 随时可以选择课程, 进度会保留.',
  start: '开始',
  resume: '继续',
  restart: '重新开始',
  done: '已完成',
  steps: (n, total) => `${n} / ${total} 步`,
  minutes: (m) => `${m} 分钟`,
  step: (n, total) => `第 ${n} 步, 共 ${total} 步`,
  checks: '目标',
  hint: '提示',
  moreHint: '再来一个提示',
  noMoreHints: '没有更多提示了',
  solution: '显示答案',
  solutionAsk: '把答案输入到终端中? 这一步将记为借助答案完成.',
  solutionYes: '是的, 输入',
  cancel: '取消',
  reset: '重置课程',
  resetAsk: '把课程恢复到初始状态重新开始? 沙盒中的镜像, 容器和文件都会被删除.',
  resetYes: '是的, 重新开始',
  previous: '上一步',
  next: '下一步',
  back: '回到当前步骤',
  passed: '已通过',
  finished: '课程完成',
  nextLesson: '下一课',
  download: '下载完成记录',
  share: '分享',
  shareCopied: '链接已复制',
  shareReady: '分享链接:',
  copy: '复制',
  copied: '已复制',
  open: '打开课程文件…',
  openHelp: 'lesson.yaml + en.md (+ zh-CN.md), 或一个课程 .json; 也可以拖放到这里',
  drop: '拖放课程文件以打开',
  external: '来自课程之外的课程, 运行在独立的沙盒中.',
  home: '返回 Layerlab',
  loading: '加载中…',
  preparing: '正在准备课程…',
  language: '语言',
  error: '无法打开课程',
  hidePanel: '隐藏课程',
  showPanel: '课程',
  level: { beginner: '入门', intermediate: '中级', advanced: '高级' },
};

/** The lesson panel's own words (not the lessons' prose, which lives in lessons/). */
export function uiText(lang: Lang): UiText {
  return lang === 'zh-CN' ? zh : en;
}

/** The browser's preferred language, as one the curriculum ships. */
export function browserLang(languages: readonly string[]): Lang {
  for (const l of languages) {
    if (/^zh\b/i.test(l)) return 'zh-CN';
    if (/^en\b/i.test(l)) return 'en';
  }
  return 'en';
}

import type { Genre } from '../genre.js';

/** The parts a report's sections play, each recognised in a heading by its synonyms. */
export const ROLES = {
  基本情况: /基本情况|总体情况|概况|现状|情况概述|背景|基本面|^.{0,6}情况$/u,
  主要做法: /做法|举措|措施(?!建议)|主要工作|工作开展|开展情况|推进情况|落实情况|实践|探索/u,
  主要成效: /成效|成绩|成果|进展|亮点|成就|回顾|变化/u,
  经验启示: /经验|启示|体会|思考/u,
  存在问题: /问题|不足|短板|困难|挑战|差距|薄弱|矛盾|隐患|瓶颈/u,
  原因分析: /原因|成因|根源|症结/u,
  对策建议: /建议|对策|思路|下一步|打算|意见|路径|展望|今后|措施建议/u,
  形势认识: /认识|意义|形势|站位|重要性|必要性/u,
  目标任务: /任务|目标|重点|安排|部署|计划/u,
  工作要求: /要求|保障|组织领导|落实|作风|纪律|责任/u,
} as const satisfies Record<string, RegExp>;

export type Role = keyof typeof ROLES;

/** The roles a heading's text plays (`存在问题及原因分析` plays two). */
export function rolesOf(heading: string): Role[] {
  return (Object.keys(ROLES) as Role[]).filter((role) => ROLES[role].test(heading));
}

/** A conventional sequence of sections; named by its roles, e.g. `情况—问题—建议`. */
export interface Frame {
  readonly name: string;
  readonly roles: readonly Role[];
}

const frame = (name: string, ...roles: Role[]): Frame => ({ name, roles });

/**
 * The common frames of each genre. A document is scored against the one it covers best. Sources: the
 * usual outlines of 调研报告 (情况—问题—原因—对策; 成绩—做法—经验 for 经验型调研), 工作总结 (成绩—做法—
 * 问题—打算) and 讲话稿 (认识—任务—要求) taught in official-writing textbooks.
 */
export const FRAMES: Readonly<Record<Genre, readonly Frame[]>> = {
  调研报告: [
    frame('情况—问题—原因—建议', '基本情况', '存在问题', '原因分析', '对策建议'),
    frame('情况—问题—建议', '基本情况', '存在问题', '对策建议'),
    frame('做法—成效—问题—建议', '主要做法', '主要成效', '存在问题', '对策建议'),
    frame('成绩—做法—经验', '主要成效', '主要做法', '经验启示'),
  ],
  工作报告: [
    frame('成绩—做法—问题—打算', '主要成效', '主要做法', '存在问题', '对策建议'),
    frame('成绩—问题—打算', '主要成效', '存在问题', '对策建议'),
    frame('回顾—任务', '主要成效', '目标任务'),
  ],
  讲话稿: [
    frame('认识—任务—要求', '形势认识', '目标任务', '工作要求'),
    frame('成绩—问题—任务', '主要成效', '存在问题', '目标任务'),
  ],
};

import { ApiError } from '../lib/api-error';
import { maxPlanStops, type RoutePlanBody } from '../schemas/route-plan';
import { shiftSeconds } from './plan-clock';

export const unprocessable = (code: string, message: string, details?: unknown) =>
  new ApiError(422, code, message, details);

/** Shifts as plan seconds; 422 for a shift that ends before it starts without `overnight`. */
export function teamShifts(body: RoutePlanBody): Array<[number, number]> {
  if (body.teams.length === 0) throw unprocessable('no-teams', 'Cần ít nhất một đội');
  return body.teams.map((team) => {
    const shift = shiftSeconds(team.shift, Boolean(team.overnight || team.shift.overnight));
    if (!shift) {
      throw unprocessable(
        'shift-ends-before-start',
        `Ca của đội "${team.name}" kết thúc (${team.shift.to}) không sau giờ bắt đầu (${team.shift.from}); ca qua nửa đêm cần overnight: true`,
        { team: team.name },
      );
    }
    return shift;
  });
}

/** 422 for more stops than a plan holds, or a business named twice. */
export function checkIds(ids: readonly number[] | undefined) {
  if (!ids) return;
  if (ids.length > maxPlanStops) {
    throw unprocessable(
      'too-many-stops',
      `${ids.length} cơ sở; một kế hoạch tối đa ${maxPlanStops} điểm dừng`,
      { count: ids.length, max: maxPlanStops },
    );
  }
  if (new Set(ids).size !== ids.length) {
    throw unprocessable('duplicate-business', 'Một cơ sở được chọn hai lần');
  }
}

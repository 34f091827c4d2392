// The records behind the plan's indicators (issue #8): the plan documents, the agencies of the
// plan's §IV and their officers, trainings, communication activities and the agencies'
// quarterly reports. Each part draws from its own stream (Random.of(seed, 'plan-records', …)),
// so the businesses, tips and inspections of a seed stay byte-identical.

import type { communicationAudiences, planAgencyKinds } from '@ntm/db/schema/values';
import { addDays } from '@ntm/domain/clock/vietnam-day';
import { Random } from '@ntm/solver/random';
import type { DemoGeography } from './demo-geography';
import { personName } from './people-names';

type AgencyKind = (typeof planAgencyKinds)[number];
type Audience = (typeof communicationAudiences)[number];

export type PlanDocumentSeed = {
  year: number;
  number: string;
  issuedOn: string;
  title: string;
  signedBy: string;
};
export type AgencySeed = {
  kind: AgencyKind;
  name: string;
  positions: readonly string[];
  officers: number;
};
export type OfficerSeed = { agency: number; fullName: string; position: string };
export type TrainingSeed = {
  officer: number;
  course: string;
  heldOn: string;
  hours: number;
  provider: string;
};
export type CommunicationSeed = {
  heldOn: string;
  title: string;
  placeName: string;
  /** [lng, lat] near the village centre; null for a broadcast. */
  lngLat: [number, number] | null;
  villageSlug: string | null;
  audience: Audience;
  reach: number;
  organiser: AgencyKind;
};
export type SubmissionSeed = {
  agency: number;
  period: string;
  channel: 'electronic' | 'paper';
  submittedAt: string;
};

/** The plan's §IV, with about thirty officers between them. */
export const planAgencies: readonly AgencySeed[] = [
  {
    kind: 'health',
    name: 'Trạm Y tế xã',
    positions: ['Trạm trưởng', 'Y sĩ', 'Điều dưỡng', 'Cán bộ dân số'],
    officers: 5,
  },
  {
    kind: 'police',
    name: 'Công an xã',
    positions: ['Phó Trưởng Công an xã', 'Cán bộ điều tra', 'Cảnh sát khu vực'],
    officers: 5,
  },
  {
    kind: 'military',
    name: 'Ban Chỉ huy Quân sự xã',
    positions: ['Chỉ huy phó', 'Trợ lý'],
    officers: 3,
  },
  {
    kind: 'office',
    name: 'Văn phòng HĐND & UBND xã',
    positions: ['Chánh Văn phòng', 'Chuyên viên'],
    officers: 3,
  },
  {
    kind: 'culture',
    name: 'Phòng Văn hóa - Xã hội',
    positions: ['Trưởng phòng', 'Chuyên viên LĐ-TB&XH', 'Chuyên viên văn hóa'],
    officers: 4,
  },
  {
    kind: 'economy',
    name: 'Phòng Kinh tế',
    positions: ['Phó Trưởng phòng', 'Chuyên viên'],
    officers: 2,
  },
  {
    kind: 'public-services',
    name: 'Trung tâm Dịch vụ sự nghiệp công xã',
    positions: ['Phó Giám đốc', 'Viên chức truyền thanh'],
    officers: 2,
  },
  {
    kind: 'front',
    name: 'Ủy ban MTTQ Việt Nam xã',
    positions: ['Phó Chủ tịch', 'Chủ tịch Hội Phụ nữ', 'Bí thư Đoàn Thanh niên'],
    officers: 3,
  },
  {
    kind: 'school',
    name: 'Trường THCS Chi Lăng Nam',
    positions: ['Phó Hiệu trưởng', 'Giáo viên'],
    officers: 2,
  },
  {
    kind: 'school',
    name: 'Trường THCS Thanh Giang',
    positions: ['Hiệu trưởng', 'Tổng phụ trách Đội'],
    officers: 1,
  },
];

/** The share of officers trained in the year the demo ends: just under the plan's 80%. */
const trainedShareThisYear = 0.77;

const courses = [
  {
    course: 'Tập huấn nghiệp vụ phòng, chống mại dâm năm {year}',
    provider: 'Sở Y tế thành phố Hải Phòng',
    hours: 8,
  },
  {
    course: 'Bồi dưỡng kỹ năng tư vấn, can thiệp giảm hại',
    provider: 'Trung tâm Y tế Thanh Miện',
    hours: 16,
  },
  {
    course: 'Hướng dẫn kiểm tra cơ sở kinh doanh dịch vụ nhạy cảm',
    provider: 'Công an xã',
    hours: 4,
  },
];

export type PlanRecordsSeed = {
  planDocuments: PlanDocumentSeed[];
  officers: OfficerSeed[];
  trainings: TrainingSeed[];
  communication: CommunicationSeed[];
  submissions: SubmissionSeed[];
};

const dayBetween = (random: Random, from: string, to: string) => {
  const span = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  return addDays(from, random.int(Math.max(1, span + 1)));
};

/** A point about `maxMeters` around [lng, lat] (the loader keeps it inside the village). */
function near(random: Random, [lng, lat]: [number, number], maxMeters: number): [number, number] {
  const dx = random.range(-maxMeters, maxMeters) / (111_320 * Math.cos((lat * Math.PI) / 180));
  const dy = random.range(-maxMeters, maxMeters) / 110_540;
  return [Number((lng + dx).toFixed(7)), Number((lat + dy).toFixed(7))];
}

/** Everything for one seed, dated up to `until` (the demo's last day). */
export function generatePlanRecords(
  seed: number,
  geography: DemoGeography,
  until: string,
): PlanRecordsSeed {
  const year = Number(until.slice(0, 4));
  const docs = Random.of(seed, 'plan-records', 'documents');
  const signer = () => personName(docs);
  // The commune exists from 1 July 2025 (Resolution 1669/NQ-UBTVQH15): its first plan is of
  // that summer; the 2026 plan follows the city's 202/KH-UBND of 4 June 2026.
  const planDocuments: PlanDocumentSeed[] = [
    {
      year: 2025,
      number: '18/KH-UBND',
      issuedOn: '2025-08-20',
      title:
        'Kế hoạch triển khai thực hiện công tác phòng, chống mại dâm năm 2025 (từ ngày 01/7/2025)',
      signedBy: signer(),
    },
    {
      year: 2026,
      number: '45/KH-UBND',
      issuedOn: '2026-06-15',
      title: 'Kế hoạch triển khai thực hiện công tác phòng, chống mại dâm năm 2026',
      signedBy: signer(),
    },
  ].filter((d) => d.issuedOn <= until);

  const people = Random.of(seed, 'plan-records', 'officers');
  const officers: OfficerSeed[] = planAgencies.flatMap((agency, a) =>
    Array.from({ length: agency.officers }, (_, i) => ({
      agency: a,
      fullName: personName(people),
      position: agency.positions[Math.min(i, agency.positions.length - 1)] as string,
    })),
  );

  const trainings: TrainingSeed[] = [];
  const trainingYears = [year - 1, year];
  for (const y of trainingYears) {
    const random = Random.of(seed, 'plan-records', 'trainings', y);
    const order = random.shuffle(officers.map((_, i) => i));
    const share = y === year ? trainedShareThisYear : random.range(0.6, 0.9);
    const trained = order.slice(0, Math.round(officers.length * share));
    const last = y === year ? addDays(until, -14) : `${y}-12-15`;
    const sessions = courses.map((c) => ({
      ...c,
      course: c.course.replace('{year}', String(y)),
      heldOn: dayBetween(random, `${y}-03-01`, last),
    }));
    for (const officer of trained) {
      const session = random.pick(sessions);
      trainings.push({
        officer,
        course: session.course,
        heldOn: session.heldOn,
        hours: session.hours,
        provider: session.provider,
      });
    }
  }
  trainings.sort((a, b) => a.heldOn.localeCompare(b.heldOn) || a.officer - b.officer);

  const talks = Random.of(seed, 'plan-records', 'communication');
  const villages = geography.villages.features.map((v) => v.properties);
  const village = (former?: string) =>
    talks.pick(former ? villages.filter((v) => v.formerCommune === former) : villages);
  const hall = (
    title: string,
    heldOn: string,
    audience: Audience,
    reach: number,
    organiser: AgencyKind,
  ) => {
    const v = village();
    return {
      heldOn,
      title,
      placeName: `Nhà văn hóa thôn ${v.name}`,
      lngLat: near(talks, v.centre, 60),
      villageSlug: v.slug,
      audience,
      reach,
      organiser,
    };
  };
  const school = (name: string, former: string, heldOn: string, reach: number) => {
    const v = village(former);
    return {
      heldOn,
      title: 'Ngoại khóa phòng, chống mại dâm, xâm hại và bạo lực giới cho học sinh',
      placeName: name,
      lngLat: near(talks, v.centre, 150),
      villageSlug: v.slug,
      audience: 'youth-students' as const,
      reach,
      organiser: 'school' as const,
    };
  };
  const communication: CommunicationSeed[] = [
    hall(
      'Hội nghị tuyên truyền phòng, chống mại dâm, HIV/AIDS cho nhân dân',
      addDays('2025-09-10', talks.int(15)),
      'residents',
      90 + talks.int(80),
      'culture',
    ),
    school(
      'Trường THCS Chi Lăng Nam',
      'Chi Lăng Nam',
      addDays('2025-11-03', talks.int(20)),
      280 + talks.int(120),
    ),
    hall(
      'Tuyên truyền pháp luật cho chủ cơ sở kinh doanh dịch vụ nhạy cảm',
      addDays('2026-03-09', talks.int(15)),
      'business-owners',
      35 + talks.int(25),
      'police',
    ),
    hall(
      'Truyền thông sức khỏe sinh sản, phòng lây nhiễm HIV cho công nhân khu nhà trọ',
      addDays('2026-05-04', talks.int(20)),
      'workers',
      60 + talks.int(60),
      'health',
    ),
    {
      heldOn: addDays('2026-06-20', talks.int(8)),
      title:
        'Chuyên mục phát thanh "Chung tay phòng, chống tệ nạn mại dâm" trên hệ thống truyền thanh xã',
      placeName: 'Đài truyền thanh xã',
      lngLat: null,
      villageSlug: null,
      audience: 'residents' as const,
      reach: 4000 + talks.int(2000),
      organiser: 'public-services' as const,
    },
    hall(
      'Tuyên truyền phòng, chống mại dâm mùa du lịch',
      addDays('2026-07-06', talks.int(15)),
      'residents',
      70 + talks.int(60),
      'culture',
    ),
    school(
      'Trường THCS Thanh Giang',
      'Thanh Giang',
      addDays('2026-09-14', talks.int(12)),
      250 + talks.int(150),
    ),
  ].filter((a) => a.heldOn <= until);

  // Quarterly reports from the commune's first full quarter, for the quarters over by `until`;
  // mostly electronic, a few on paper, one or two not (yet) in.
  const reports = Random.of(seed, 'plan-records', 'submissions');
  const submissions: SubmissionSeed[] = [];
  const quarters = (
    [
      [2025, 3],
      [2025, 4],
      [2026, 1],
      [2026, 2],
      [2026, 3],
      [2026, 4],
    ] as const
  )
    .map(([y, q]) => ({
      period: `${y}-Q${q}`,
      y,
      end: new Date(Date.UTC(y, q * 3, 0)).toISOString().slice(0, 10),
    }))
    .filter((quarter) => quarter.end < until);
  const latest = quarters[quarters.length - 1]?.period;
  const missing = new Set(
    reports.shuffle(planAgencies.map((_, i) => i)).slice(0, 1 + reports.int(2)),
  );
  for (const { period, y, end } of quarters) {
    for (const [agency] of planAgencies.entries()) {
      if (period === latest && missing.has(agency)) continue;
      const minute = 8 * 60 + reports.int(9 * 60);
      const day = addDays(end, 3 + reports.int(14));
      submissions.push({
        agency,
        period,
        channel: reports.chance(y === 2025 ? 0.25 : 0.08) ? 'paper' : 'electronic',
        submittedAt: `${day}T${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00+07:00`,
      });
    }
  }
  return { planDocuments, officers, trainings, communication, submissions };
}

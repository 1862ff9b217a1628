import { createTestDatabase, type TestDatabase } from '../../../test/db';
import { DEMO_RULES } from '../../../seeds';
import { ClosureStatus, GateState, PropertyRightsStatus } from '../compounds/compound.enums';
import { evaluate, type AssessmentFacts } from '../qualification/evaluate';
import { QualificationStatus } from '../qualification/qualification.enums';
import { RenovationStage, STAGE_ORDER } from '../renovation/renovation.enums';
import { composeAnswer, composeValues, spokenDate, type CompoundFacts } from './compose';
import { CATEGORIES, HotlineCategory, NonFaceMethod } from './hotline.enums';
import { TEMPLATE_VARIABLES, renderTemplate, validateTemplate } from './template';

const QUALIFYING: AssessmentFacts = {
  rightsClarity: PropertyRightsStatus.BASICALLY_CLEAR,
  rightsUnit: '某机械厂',
  hasCaretaker: true,
  caretaker: '产权单位房管员',
  caretakerSince: '2019-01-01',
  surveyHouseholdsAsked: 100,
  surveyHouseholdsWilling: 70,
  surveyAcceptedFee: 1,
  closableGates: 2,
  fireLane: true,
  entrancesToKeep: 2,
};

function facts(overrides: Partial<CompoundFacts> = {}): CompoundFacts {
  return {
    compoundName: '东中街42号院',
    streetName: '东直门街道',
    communityName: '东中街社区',
    closureStatus: ClosureStatus.OPEN,
    qualification: null,
    renovation: null,
    gates: [
      { name: '南门', state: GateState.OPEN, hours: null, devices: [] },
      { name: '北门', state: GateState.SEALED, hours: null, devices: [] },
    ],
    profile: null,
    ...overrides,
  };
}

function qualification(input: AssessmentFacts | null, assessmentVersion = 1): CompoundFacts['qualification'] {
  const result = evaluate(input, DEMO_RULES);
  return { status: result.status, assessmentVersion, criteria: result.criteria, computedAt: new Date('2026-03-05T04:00:00Z') };
}

describe('the answer composer', () => {
  it('says "not yet assessed" when there is no result, or one computed without an assessment', () => {
    for (const q of [null, qualification(null, 0)]) {
      const values = composeValues(facts({ qualification: q }));
      expect(values.qualificationResult).toBe('街道还没有对这个小区做改造条件评估，暂时还不能答复是否具备条件。');
      expect(values.qualificationReasons).toBe('');
      expect(values.assessedOn).toBe('暂无');
    }
  });

  it('gives every qualification status with its plain-Chinese reasons, unmet ones first', () => {
    const qualified = composeValues(facts({ qualification: qualification(QUALIFYING) }));
    expect(qualification(QUALIFYING)!.status).toBe(QualificationStatus.QUALIFIED);
    expect(qualified.qualificationResult).toBe('经街道评定，这个小区目前具备封闭式改造条件。');
    expect(qualified.qualificationReasons).toMatch(/^已经满足的是：/);
    expect(qualified.assessedOn).toBe('2026年3月5日');

    const nearlyFacts = { ...QUALIFYING, surveyHouseholdsWilling: 38 };
    expect(qualification(nearlyFacts)!.status).toBe(QualificationStatus.NEARLY);
    const nearly = composeValues(facts({ qualification: qualification(nearlyFacts) }));
    expect(nearly.qualificationResult).toBe('经街道评定，这个小区目前还差一项条件。');
    expect(nearly.qualificationReasons).toMatch(/^还没有满足的是：[^。]*38%[^。]*。已经满足的是：/);

    const blockedFacts = { ...QUALIFYING, rightsClarity: PropertyRightsStatus.UNCLEAR, hasCaretaker: false, caretaker: null };
    expect(qualification(blockedFacts)!.status).toBe(QualificationStatus.BLOCKED);
    const blocked = composeValues(facts({ qualification: qualification(blockedFacts) }));
    expect(blocked.qualificationResult).toBe('经街道评定，这个小区目前暂不具备封闭式改造条件。');
    const unmet = evaluate(blockedFacts, DEMO_RULES).criteria.filter((c) => c.outcome !== 'PASSED');
    for (const c of unmet) expect(blocked.qualificationReasons).toContain(c.explanation);
  });

  it('gives the renovation stage and its dates for every stage, and says when there is no project', () => {
    expect(composeValues(facts()).renovationStage).toBe('这个小区目前还没有封闭式改造项目。');
    expect(composeValues(facts({ closureStatus: ClosureStatus.CLOSED })).renovationStage).toBe(
      '这个小区已经是封闭式管理，目前没有在办的改造项目。',
    );
    const labels = ['已评估', '已批准', '施工中', '已封闭', '已移交物业'];
    STAGE_ORDER.forEach((stage, index) => {
      const dates = STAGE_ORDER.map((s, i) => ({
        stage: s,
        plannedOn: `2020-0${6 + i}-01`,
        actualOn: i <= index ? `2020-0${6 + i}-0${3 + i}` : null,
      }));
      const values = composeValues(facts({ renovation: { stage, dates } }));
      expect(values.renovationStage).toBe(`这个小区的改造项目目前处于“${labels[index]}”阶段。`);
      expect(values.renovationDates).toContain(
        `“${labels[index]}”计划${spokenDate(`2020-0${6 + index}-01`)}，实际${spokenDate(`2020-0${6 + index}-0${3 + index}`)}`,
      );
      if (index < STAGE_ORDER.length - 1) expect(values.renovationDates).toContain(`“${labels[index + 1]}”计划2020年${7 + index}月1日`);
    });
    const undated = composeValues(facts({ renovation: { stage: RenovationStage.ASSESSED, dates: [] } }));
    expect(undated.renovationDates).toBe('');
  });

  it('names open gates with their hours and the closed or sealed ones', () => {
    const values = composeValues(
      facts({
        gates: [
          { name: '东门', state: GateState.OPEN, hours: '06:00-24:00', devices: ['FACE_DOOR', 'TEMPERATURE_SCREEN'] },
          { name: '西门', state: GateState.OPEN, hours: null, devices: ['CARD_READER'] },
          { name: '北门', state: GateState.SEALED, hours: null, devices: [] },
          { name: '南门', state: GateState.CLOSED, hours: null, devices: [] },
        ],
      }),
    );
    expect(values.openGates).toBe('东门（06:00-24:00）、西门开放，北门已封堵，南门关闭');
    expect(values.gateEquipment).toBe('东门有人脸识别门、测温屏，西门有刷卡器');
    expect(composeValues(facts()).gateEquipment).toBe('门口还没有登记智能门禁设备');
    expect(composeValues(facts({ gates: [] })).openGates).toBe('街道还没有登记这个小区的大门');
    expect(composeValues(facts({ gates: [{ name: '北门', state: GateState.SEALED, hours: null, devices: [] }] })).openGates).toBe(
      '目前没有开放的大门，北门已封堵',
    );
  });

  it('answers face registration and privacy with the defaults, or with what the street office recorded', () => {
    const defaults = composeValues(facts());
    expect(defaults.enrolmentPlace).toBe('东中街社区居委会');
    expect(defaults.nonFaceMethods).toBe('门禁卡、手机二维码、密码');
    expect(defaults.homeVisit).toContain('上门办理，也可以由家人代为提交照片');
    expect(defaults.vendorFiling).toContain('街道还没有登记');
    const recorded = composeValues(
      facts({
        profile: {
          enrolmentPlace: '东中街社区居委会二层',
          enrolmentHours: '周二、周四下午',
          homeVisits: false,
          familyPhotos: true,
          nonFaceMethods: [NonFaceMethod.QR_CODE],
          faceDataOnDevice: false,
          vendorFiled: true,
        },
      }),
    );
    expect(recorded).toMatchObject({
      enrolmentPlace: '东中街社区居委会二层',
      enrolmentHours: '周二、周四下午',
      nonFaceMethods: '手机二维码',
    });
    expect(recorded.homeVisit).toBe('家里的老年人、残疾人行动不便的，可以由家人代为提交照片。');
    expect(recorded.faceDataStorage).toContain('单独同意');
    expect(recorded.vendorFiling).toContain('已经在公安机关备案');
  });

  it('offers a value for every declared variable of every category', () => {
    const values = composeValues(facts({ qualification: qualification(QUALIFYING) }));
    for (const category of CATEGORIES) {
      for (const { name } of TEMPLATE_VARIABLES[category]) expect(typeof values[name]).toBe('string');
      const body = TEMPLATE_VARIABLES[category].map((v) => `{{${v.name}}}`).join('|');
      const { script, values: listed } = composeAnswer(category, body, facts());
      expect(script).not.toContain('{{');
      expect(listed.map((v) => v.name)).toEqual(TEMPLATE_VARIABLES[category].map((v) => v.name));
    }
  });
});

describe('template validation', () => {
  it('lists the variables used, once each, in order', () => {
    expect(validateTemplate(HotlineCategory.PROGRESS, '{{compoundName}}：{{ renovationStage }}{{compoundName}}')).toEqual([
      'compoundName',
      'renovationStage',
    ]);
  });

  it('refuses a variable of another category, an unknown one, stray braces and an empty or long body', () => {
    expect(() => validateTemplate(HotlineCategory.PRIVACY, '{{enrolmentPlace}}')).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'HOTLINE_TEMPLATE_UNKNOWN_VARIABLE', variable: 'enrolmentPlace' }),
      }),
    );
    expect(() => validateTemplate(HotlineCategory.PRIVACY, '{{}}')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'HOTLINE_TEMPLATE_UNKNOWN_VARIABLE', variable: '' }) }),
    );
    for (const body of ['{{compoundName', 'compoundName}}', '{{compoundName}', '  ', '字'.repeat(2001)]) {
      expect(() => validateTemplate(HotlineCategory.PRIVACY, body)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.body' }) }),
      );
    }
  });

  it('never renders a placeholder without a value', () => {
    expect(() => renderTemplate('{{missing}}', {})).toThrow('template variable missing has no value');
  });

  describe('the platform templates the migration installs', () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await createTestDatabase();
    });
    afterAll(async () => {
      await t.drop();
    });

    it('has version 1 of every category, each valid, with its variables recorded', async () => {
      const rows = (await t.db.query(
        `SELECT category, version, body, variables FROM hotline_template WHERE district_id IS NULL ORDER BY category`,
      )) as {
        category: HotlineCategory;
        version: number;
        body: string;
        variables: string[];
      }[];
      expect(rows.map((r) => r.category).sort()).toEqual([...CATEGORIES].sort());
      for (const row of rows) {
        expect(row.version).toBe(1);
        expect(validateTemplate(row.category, row.body)).toEqual(row.variables);
      }
    });
  });
});

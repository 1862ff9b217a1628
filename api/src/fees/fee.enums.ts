import { registerEnumType } from 'type-graphql';

/** Where an import is: QUEUED → VALIDATING → STORING → DONE, or FAILED (with the errors found). */
export enum LedgerImportState {
  QUEUED = 'QUEUED',
  VALIDATING = 'VALIDATING',
  STORING = 'STORING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}

/** Why a ledger row (or the file) was refused; the dashboard translates these, the reason says the detail. */
export enum LedgerErrorKind {
  UNREADABLE_FILE = 'UNREADABLE_FILE',
  BAD_HEADER = 'BAD_HEADER',
  EMPTY_LEDGER = 'EMPTY_LEDGER',
  UNKNOWN_COMPOUND = 'UNKNOWN_COMPOUND',
  COMPOUND_MISMATCH = 'COMPOUND_MISMATCH',
  MISSING_HOUSEHOLD = 'MISSING_HOUSEHOLD',
  DUPLICATE_ROW = 'DUPLICATE_ROW',
  BAD_AREA = 'BAD_AREA',
  WRONG_MONTH = 'WRONG_MONTH',
  BAD_AMOUNT = 'BAD_AMOUNT',
  NEGATIVE_AMOUNT = 'NEGATIVE_AMOUNT',
  BILL_MISMATCH = 'BILL_MISMATCH',
  BAD_DATE = 'BAD_DATE',
}

/** The level an adoption figure is for. */
export enum FeeAreaLevel {
  DISTRICT = 'DISTRICT',
  STREET = 'STREET',
  COMPOUND = 'COMPOUND',
}

registerEnumType(LedgerImportState, {
  name: 'LedgerImportState',
  description: '台账导入状态',
  valuesConfig: {
    QUEUED: { description: '排队中' },
    VALIDATING: { description: '逐行校验中' },
    STORING: { description: '写入中 (一个事务)' },
    DONE: { description: '已完成, 全部写入' },
    FAILED: { description: '未通过校验 (或文件无法读取), 未写入任何数据' },
  },
});

registerEnumType(LedgerErrorKind, {
  name: 'LedgerErrorKind',
  description: '台账错误类别',
  valuesConfig: {
    UNREADABLE_FILE: { description: '不是可读的 .xlsx 文件' },
    BAD_HEADER: { description: '表头与模板不符' },
    EMPTY_LEDGER: { description: '没有数据行' },
    UNKNOWN_COMPOUND: { description: '小区编号不存在或不在管辖范围内' },
    COMPOUND_MISMATCH: { description: '不是本次导入的小区' },
    MISSING_HOUSEHOLD: { description: '缺少或无效的楼号/单元/房号' },
    DUPLICATE_ROW: { description: '同一户出现多次' },
    BAD_AREA: { description: '建筑面积无效' },
    WRONG_MONTH: { description: '月份与本次导入不符' },
    BAD_AMOUNT: { description: '金额缺失或不是金额' },
    NEGATIVE_AMOUNT: { description: '金额为负' },
    BILL_MISMATCH: { description: '应收与合同单价 × 面积不符' },
    BAD_DATE: { description: '缴费日期缺失、多余或无效' },
  },
});

registerEnumType(FeeAreaLevel, {
  name: 'FeeAreaLevel',
  description: '统计范围层级',
  valuesConfig: {
    DISTRICT: { description: '区' },
    STREET: { description: '街道/乡' },
    COMPOUND: { description: '小区' },
  },
});

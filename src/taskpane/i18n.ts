/**
 * The pane's words in Korean (the people who use it work in Korean) and English, chosen by
 * Office's display language. Issue and difference messages come from the workbook layer in
 * both languages already.
 */
export type Language = 'ko' | 'en';

/** Korean for a Korean Office ("ko", "ko-KR"), English for any other. */
export function languageFor(displayLanguage: string | undefined): Language {
  return /^ko\b/i.test(displayLanguage ?? 'ko') ? 'ko' : 'en';
}

/** The pane's steps, in the order the stepper shows them (see steps/step-list.tsx). */
export type StepId = 'template' | 'check' | 'compute' | 'write' | 'verify' | 'outlook' | 'prices';

/** Where the pane runs, in words ("Excel 웹"), from Office's host and platform. */
export type HostKind = 'web' | 'windows' | 'mac' | 'ipad' | 'browser';

export interface Strings {
  readonly appTitle: string;
  /** Each step's name; the stepper numbers them by their place in the list. */
  readonly steps: Readonly<Record<StepId, string>>;
  readonly stepBar: string;
  readonly previous: string;
  readonly next: string;
  readonly done: string;
  readonly asOf: string;
  readonly asOfHint: string;
  readonly replace: string;
  /** The replace switch's effect, shown under it for its current state. */
  readonly replaceOn: string;
  readonly replaceOff: string;
  readonly working: string;
  readonly notInExcel: string;
  readonly templateIntro: string;
  readonly templateButton: string;
  readonly templateDone: (written: readonly string[]) => string;
  readonly templateKept: (kept: readonly string[]) => string;
  readonly checkIntro: string;
  readonly checkButton: string;
  readonly noIssues: string;
  readonly issueCount: (errors: number, warnings: number) => string;
  readonly error: string;
  readonly warning: string;
  readonly computeIntro: string;
  readonly computeButton: string;
  readonly hasErrors: string;
  readonly summaryItems: string;
  readonly summaryAdjustments: string;
  readonly summaryEvaluations: string;
  readonly summaryAsOf: string;
  readonly sectionTotals: string;
  readonly unitPriceChangeTotal: string;
  readonly total: string;
  readonly previewTitle: string;
  readonly columns: {
    readonly item: string;
    readonly date: string;
    readonly before: string;
    readonly after: string;
    readonly materials: string;
  };
  /** How a material's agreed terms are tagged in the preview: its formula, and what is special. */
  readonly terms: {
    readonly formula: { readonly quantity: string; readonly share: string; readonly rate: string };
    readonly energy: string;
    readonly riseOnly: string;
    readonly fallOnly: string;
    readonly fxInFormula: string;
    readonly everyChange: string;
  };
  readonly noAdjustments: string;
  readonly chartTitle: string;
  readonly chartMaterial: string;
  readonly chartLegend: { readonly price: string; readonly band: string; readonly unitPrice: string };
  readonly writeIntro: string;
  readonly writeButton: string;
  readonly writeFor: string;
  readonly allSuppliers: string;
  readonly writeDone: (sheets: readonly string[]) => string;
  readonly archivedAs: (from: string, to: string) => string;
  readonly replacedSheet: (name: string) => string;
  readonly writeFailed: string;
  readonly writeFailedRestored: string;
  readonly writeFailedNotRestored: string;
  readonly verifyIntro: string;
  readonly verifyButton: string;
  readonly verifyOk: (rows: number) => string;
  readonly verifyDiffers: (count: number, rows: number) => string;
  readonly verifyMissing: string;
  readonly expected: string;
  readonly actual: string;
  readonly failed: string;
  readonly verifyCell: string;
  readonly hosts: Readonly<Record<HostKind, string>>;
  readonly host: (where: string) => string;
  /** Issue 12: real-Excel behaviours. */
  readonly errorCode: (code: string, location: string | null) => string;
  readonly referencesFound: (count: number) => string;
  readonly writeAnyway: string;
  readonly layoutNotKept: (sheets: readonly string[]) => string;
  readonly clearMarksButton: string;
  readonly marksCleared: string;
  readonly outlook: OutlookStrings;
}

/** The 전망 step (issue 13): next dates, distance to thresholds, held and shocked prices. */
interface OutlookStrings {
  readonly intro: string;
  readonly button: string;
  readonly shocks: string;
  readonly shockIndex: string;
  readonly shockPercent: string;
  readonly addShock: string;
  readonly removeShock: string;
  readonly badShock: string;
  readonly columns: {
    readonly item: string;
    readonly next: string;
    readonly current: string;
    readonly held: string;
    readonly shocked: string;
    readonly effect: string;
    readonly delivered: string;
    readonly deliveredEffect: string;
  };
  readonly status: { readonly event: string; readonly ended: string; readonly blocked: string };
  readonly outcome: {
    readonly triggered: string;
    readonly priceUnchanged: string;
    readonly belowThreshold: string;
    readonly wrongDirection: string;
  };
  readonly remaining: (points: string) => string;
  readonly totalEffect: (from: string, to: string, amount: string) => string;
  readonly assumption: string;
  readonly nextMarker: string;
  readonly noItems: string;
}

const KO: Strings = {
  appTitle: '납품대금 연동 계산기',
  steps: {
    template: '템플릿 만들기',
    check: '검사',
    compute: '계산',
    write: '변동표 작성',
    verify: '검증',
    outlook: '전망',
    prices: '가격 가져오기',
  },
  stepBar: '단계',
  previous: '‹ 이전',
  next: '다음 ›',
  done: '완료',
  asOf: '기준일 (as-of)',
  asOfHint: '비워 두면 모든 가격이 있는 마지막 날까지 계산합니다.',
  replace: '기존 변동표를 교체',
  replaceOn: '켜짐: 새 표가 들어간 뒤 기존 변동표를 지웁니다.',
  replaceOff: '꺼짐: 기존 변동표는 작성일을 붙인 이름으로 보관합니다.',
  working: '작업 중…',
  notInExcel: 'Excel 안에서 열어야 합니다. docs/addin.md의 설치 방법을 따르세요.',
  templateIntro:
    '연동약정, 원재료가격, 환율, 납품실적 시트를 예시 행과 목록 상자가 있는 Excel 표로 추가합니다. 이미 있는 시트는 그대로 둡니다.',
  templateButton: '템플릿 만들기',
  templateDone: (written) =>
    written.length > 0 ? `추가한 시트: ${written.join(', ')}` : '추가한 시트가 없습니다.',
  templateKept: (kept) => `이미 있어 그대로 둔 시트: ${kept.join(', ')}`,
  checkIntro: '입력 시트를 읽고 오류와 경고를 찾습니다. 항목을 누르면 해당 셀로 이동합니다.',
  checkButton: '검사',
  noIssues: '오류나 경고가 없습니다.',
  issueCount: (errors, warnings) => `오류 ${errors}건, 경고 ${warnings}건`,
  error: '오류',
  warning: '경고',
  computeIntro: '조정일마다 원재료 가격 변동을 평가해 납품단가를 계산합니다.',
  computeButton: '계산',
  hasErrors: '입력에 오류가 있어 일부 물품을 계산하지 못했습니다. 검사 단계를 확인하세요.',
  summaryItems: '물품',
  summaryAdjustments: '단가 조정',
  summaryEvaluations: '평가',
  summaryAsOf: '기준일',
  sectionTotals: '조정금액 합계 (약정별)',
  unitPriceChangeTotal: '단가 변동 합계 (현재 − 최초)',
  total: '전체',
  previewTitle: '물품별 단가 조정',
  columns: { item: '물품', date: '조정일', before: '조정 전', after: '조정 후', materials: '원재료' },
  terms: {
    formula: { quantity: '투입량', share: '비중', rate: '변동률' },
    energy: '에너지',
    riseOnly: '상승만',
    fallOnly: '하락만',
    fxInFormula: '환율 산식 반영',
    everyChange: '모든 경우',
  },
  noAdjustments: '조정 요건을 충족한 조정이 없습니다.',
  chartTitle: '원재료 가격과 조정요건 범위',
  chartMaterial: '원재료',
  chartLegend: { price: '비교시점 가격', band: '조정요건 범위', unitPrice: '납품단가' },
  writeIntro:
    '납품단가 변동표 (표준 연동계약서 【첨부2】 양식), 연동 계산 내역, 연동 검토내역, 연동표 (【첨부1】) 시트를 씁니다. 변동표는 약정마다 새 쪽에서 시작하고 서명란이 있어 바로 인쇄해 서명할 수 있습니다.',
  writeButton: '변동표 작성',
  writeFor: '수탁기업 (그 수탁기업의 표만 씁니다)',
  allSuppliers: '모든 수탁기업',
  writeDone: (sheets) => `작성했습니다: ${sheets.join(', ')}`,
  archivedAs: (from, to) => `기존 '${from}' 시트는 '${to}'(으)로 보관했습니다.`,
  replacedSheet: (name) => `기존 '${name}' 시트를 교체했습니다.`,
  writeFailed: '쓰기에 실패했습니다.',
  writeFailedRestored: '통합 문서는 쓰기 전 그대로입니다.',
  writeFailedNotRestored: '통합 문서를 되돌리지 못했습니다. "~작성 중" 시트가 남았는지 확인하세요.',
  verifyIntro: '통합 문서의 납품단가 변동표를 다시 계산해 다른 셀을 모두 찾고 표시합니다.',
  verifyButton: '검증',
  verifyOk: (rows) => `${rows}개 행이 모두 재계산과 일치합니다.`,
  verifyDiffers: (count, rows) => `${rows}개 행 중 다른 셀 ${count}개를 찾아 표시했습니다.`,
  verifyMissing: '검증할 납품단가 변동표 시트가 없습니다.',
  expected: '재계산',
  actual: '표',
  failed: '작업을 마치지 못했습니다',
  verifyCell: '셀',
  hosts: {
    web: 'Excel 웹',
    windows: 'Windows용 Excel',
    mac: 'Mac용 Excel',
    ipad: 'iPad용 Excel',
    browser: '웹 브라우저 (Excel 밖)',
  },
  host: (where) => `실행 환경: ${where}`,
  errorCode: (code, location) => `Excel 오류 코드: ${code}${location ? ` (${location})` : ''}`,
  referencesFound: (count) =>
    `다른 시트의 수식 ${count}개가 보관되거나 교체될 시트를 가리킵니다. 보관하면 그 수식은 보관본을, 교체하면 #REF!를 가리키게 됩니다.`,
  writeAnyway: '그래도 작성',
  layoutNotKept: (sheets) =>
    `Excel이 인쇄 배율을 유지하지 않은 시트: ${sheets.join(', ')}. 페이지 레이아웃 > 배율을 확인하세요.`,
  clearMarksButton: '표시 지우기',
  marksCleared: '검증 표시를 지웠습니다.',
  outlook: {
    intro:
      '물품마다 다음 조정일과, 마지막 가격이 그날까지 그대로일 때의 단가를 봅니다. 원재료마다 기준가격 대비 변동과 조정요건까지의 거리를 보여 줍니다. 통합 문서는 바꾸지 않습니다.',
    button: '전망 보기',
    shocks: '가격 충격 (기준일부터 지표 가격 × (1 + N%))',
    shockIndex: '지표',
    shockPercent: '변동 (예: +10%)',
    addShock: '충격 추가',
    removeShock: '삭제',
    badShock: '-100%보다 큰 백분율을 적으세요 (예: +10%, -5%).',
    columns: {
      item: '물품',
      next: '다음 조정일',
      current: '현재 단가',
      held: '유지 시 단가',
      shocked: '충격 시 단가',
      effect: '단가 영향',
      delivered: '12개월 납품량',
      deliveredEffect: '납품 영향',
    },
    status: { event: '수시', ended: '종료', blocked: '오류' },
    outcome: {
      triggered: '조정',
      priceUnchanged: '조정',
      belowThreshold: '미달',
      wrongDirection: '반대 방향',
    },
    remaining: (points) => `${points} 남음`,
    totalEffect: (from, to, amount) => `납품 영향 합계 (${from} 초과 ~ ${to} 납품분): ${amount}원`,
    assumption: '유지 시 단가: 기준일까지 고시된 각 지표의 마지막 가격이 다음 조정일까지 그대로일 때입니다.',
    nextMarker: '다음 조정일',
    noItems: '전망할 물품이 없습니다.',
  },
};

const EN: Strings = {
  appTitle: 'Delivery Price Indexation',
  steps: {
    template: 'Template',
    check: 'Check',
    compute: 'Compute',
    write: 'Write table',
    verify: 'Verify',
    outlook: 'Outlook',
    prices: 'Import prices',
  },
  stepBar: 'Steps',
  previous: '‹ Back',
  next: 'Next ›',
  done: 'done',
  asOf: 'As-of date',
  asOfHint: 'Leave empty to compute up to the last date every price covers.',
  replace: 'Replace an existing table',
  replaceOn: 'On: the existing table is deleted once the new one is in place.',
  replaceOff: 'Off: the existing table is kept under a name with its date.',
  working: 'Working…',
  notInExcel: 'Open this pane inside Excel; see docs/addin.md for how to load the add-in.',
  templateIntro:
    'Adds the 연동약정, 원재료가격, 환율 and 납품실적 sheets as Excel tables with sample rows and drop-down lists. Sheets that exist are left as they are.',
  templateButton: 'Create template',
  templateDone: (written) => (written.length > 0 ? `Sheets added: ${written.join(', ')}` : 'No sheet added.'),
  templateKept: (kept) => `Kept as they were: ${kept.join(', ')}`,
  checkIntro: 'Reads the input sheets and lists errors and warnings. Click one to go to its cell.',
  checkButton: 'Check',
  noIssues: 'No errors or warnings.',
  issueCount: (errors, warnings) => `${errors} errors, ${warnings} warnings`,
  error: 'Error',
  warning: 'Warning',
  computeIntro: 'Evaluates each material at every adjustment date and computes the unit prices.',
  computeButton: 'Compute',
  hasErrors: 'The inputs have errors; some items could not be computed. See the Check step.',
  summaryItems: 'Items',
  summaryAdjustments: 'Adjustments',
  summaryEvaluations: 'Evaluations',
  summaryAsOf: 'As of',
  sectionTotals: 'Adjustment amounts (per agreement)',
  unitPriceChangeTotal: 'Total unit-price change (current − original)',
  total: 'total',
  previewTitle: 'Unit-price adjustments by item',
  columns: { item: 'Item', date: 'Adjusted on', before: 'Before', after: 'After', materials: 'Materials' },
  terms: {
    formula: { quantity: 'quantity', share: 'share', rate: 'rate' },
    energy: 'energy',
    riseOnly: 'rises only',
    fallOnly: 'falls only',
    fxInFormula: 'FX in formula',
    everyChange: 'every change',
  },
  noAdjustments: 'No adjustment met its threshold.',
  chartTitle: 'Material price and threshold band',
  chartMaterial: 'Material',
  chartLegend: { price: 'Comparison price', band: 'Threshold band', unitPrice: 'Unit price' },
  writeIntro:
    'Writes the 납품단가 변동표 (the standard agreement’s form), 연동 계산 내역, 연동 검토내역 and 연동표 (the agreed terms) sheets; the 변동표 starts each agreement on a new page and is ready to print and sign.',
  writeButton: 'Write table',
  writeFor: 'Supplier (writes that supplier’s tables only)',
  allSuppliers: 'All suppliers',
  writeDone: (sheets) => `Written: ${sheets.join(', ')}`,
  archivedAs: (from, to) => `The existing '${from}' sheet was kept as '${to}'.`,
  replacedSheet: (name) => `The existing '${name}' sheet was replaced.`,
  writeFailed: 'Writing failed.',
  writeFailedRestored: 'The workbook is as it was before.',
  writeFailedNotRestored: 'The workbook could not be restored: look for sheets named "~작성 중".',
  verifyIntro: 'Recomputes the 납품단가 변동표 in the workbook and finds and marks every differing cell.',
  verifyButton: 'Verify',
  verifyOk: (rows) => `All ${rows} rows match the recomputation.`,
  verifyDiffers: (count, rows) => `${count} differing cells found in ${rows} rows, and marked.`,
  verifyMissing: 'There is no 납품단가 변동표 sheet to verify.',
  expected: 'Recomputed',
  actual: 'Table',
  failed: 'Could not finish',
  verifyCell: 'Cell',
  hosts: {
    web: 'Excel on the web',
    windows: 'Excel for Windows',
    mac: 'Excel for Mac',
    ipad: 'Excel on iPad',
    browser: 'a web browser (not Excel)',
  },
  host: (where) => `Running in ${where}`,
  errorCode: (code, location) => `Excel error code: ${code}${location ? ` (${location})` : ''}`,
  referencesFound: (count) =>
    `${count} formulas in other sheets point at sheets about to be archived or replaced. Archiving makes them point at the archived copy; replacing turns them into #REF!.`,
  writeAnyway: 'Write anyway',
  layoutNotKept: (sheets) =>
    `Excel did not keep the print scale of: ${sheets.join(', ')}. Check Page Layout > Scale.`,
  clearMarksButton: 'Clear marks',
  marksCleared: 'Verification marks cleared.',
  outlook: {
    intro:
      'Shows each item’s next adjustment date and the unit price it would get if the latest prices held until then, and each material’s change against its base and distance to its threshold. The workbook is not changed.',
    button: 'Show outlook',
    shocks: 'Price shocks (index price × (1 + N%) from the as-of date on)',
    shockIndex: 'Index',
    shockPercent: 'Change (e.g. +10%)',
    addShock: 'Add shock',
    removeShock: 'Remove',
    badShock: 'Enter a percentage above -100% (e.g. +10%, -5%).',
    columns: {
      item: 'Item',
      next: 'Next date',
      current: 'Current',
      held: 'If prices hold',
      shocked: 'With shocks',
      effect: 'Effect',
      delivered: '12-month qty',
      deliveredEffect: 'On deliveries',
    },
    status: { event: 'event (수시)', ended: 'ended', blocked: 'error' },
    outcome: {
      triggered: 'adjusts',
      priceUnchanged: 'adjusts',
      belowThreshold: 'below',
      wrongDirection: 'wrong way',
    },
    remaining: (points) => `${points} to go`,
    totalEffect: (from, to, amount) => `Effect on deliveries after ${from} up to ${to}: ${amount} KRW`,
    assumption:
      'If prices hold: each index’s latest price published by the as-of date, held until the next date.',
    nextMarker: 'next',
    noItems: 'No item to show.',
  },
};

export const STRINGS: Readonly<Record<Language, Strings>> = { ko: KO, en: EN };

/** The words of the 가격 가져오기 step (issue 13), kept apart so the step can move between layouts. */
export interface ImportStrings {
  readonly title: string;
  readonly intro: string;
  readonly file: string;
  readonly fileHint: string;
  readonly paste: string;
  readonly pasteHint: string;
  readonly indexName: string;
  readonly indexNameHint: string;
  readonly scale: string;
  readonly scaleHint: string;
  readonly badScale: string;
  readonly badCurrency: string;
  readonly currency: string;
  readonly rateDate: string;
  readonly rateDateHint: string;
  readonly wide: string;
  readonly roles: Readonly<
    Record<'none' | 'index' | 'date' | 'price' | 'currency' | 'unit' | 'rate', string>
  >;
  readonly json: string;
  readonly ecos: string;
  readonly xlsxInPane: string;
  readonly checkButton: string;
  readonly applyButton: string;
  readonly confirm: string;
  readonly counts: (
    added: number,
    revised: number,
    unchanged: number,
    duplicates: number,
    missing: number,
  ) => string;
  readonly nothingToWrite: string;
  readonly hasErrors: string;
  readonly revisedTitle: string;
  readonly affectedTitle: (count: number) => string;
  readonly noneAffected: string;
  readonly evaluationsChanged: (count: number) => string;
  readonly columns: {
    readonly cell: string;
    readonly series: string;
    readonly date: string;
    readonly before: string;
    readonly after: string;
    readonly adjustment: string;
  };
  readonly newAdjustment: string;
  readonly noAdjustment: string;
  readonly changedMeanwhile: string;
  readonly done: (added: number, revised: number) => string;
}

const IMPORT_KO: ImportStrings = {
  title: '가격 가져오기',
  intro:
    '내려받은 ECOS·수출입은행 파일이나 표(CSV·TSV·JSON)의 값을 원재료가격·환율 시트에 출처와 가져온 날짜를 붙여 덧붙입니다. 같은 파일을 다시 가져와도 늘지 않습니다.',
  file: '파일',
  fileHint: 'CSV, TSV, JSON (UTF-8 또는 CP949)',
  paste: '또는 표 붙여넣기',
  pasteHint: '웹 페이지나 Excel에서 머리글과 함께 복사한 표',
  indexName: '기준지표 이름',
  indexNameHint: '한 계열 파일에서 연동약정의 기준지표와 같은 이름',
  scale: '배율',
  scaleHint: '가격에 곱합니다. 예: 0.001 (USD/t → USD/kg)',
  badScale: '배율은 0보다 큰 소수여야 합니다 (예: 0.001). 고칠 때까지 가져오지 않습니다.',
  badCurrency: '통화는 USD처럼 통화 코드 하나여야 합니다. 고칠 때까지 가져오지 않습니다.',
  currency: '가격 통화',
  rateDate: '환율 고시일',
  rateDateHint: '수출입은행 환율 파일처럼 날짜가 없는 파일',
  wide: '넓은 표 (일자 열 + 지표마다 한 열)',
  roles: {
    none: '읽지 않음',
    index: '지표',
    date: '일자',
    price: '가격',
    currency: '통화',
    unit: '단위',
    rate: '환율',
  },
  json: 'JSON 파일입니다 (ECOS StatisticSearch 또는 수출입은행 환율).',
  ecos: 'ECOS 내려받기 표입니다 (TIME, DATA_VALUE).',
  xlsxInPane:
    '.xlsx 파일은 Excel에서 열어 표를 복사해 붙여넣거나, 명령줄(yeondong prices import)로 가져오세요.',
  checkButton: '미리 보기',
  applyButton: '가져오기',
  confirm: '이미 있는 값을 바꾸고 위 조정이 달라지는 것을 확인했습니다',
  counts: (added, revised, unchanged, duplicates, missing) =>
    `추가 ${added}행 · 변경 ${revised}건 · 이미 있음 ${unchanged}건 · 중복 ${duplicates}건 · 빈 값 ${missing}건`,
  nothingToWrite: '새로 쓸 값이 없습니다.',
  hasErrors: '잘못된 행이 있어 가져올 수 없습니다. 아래 위치를 고친 뒤 다시 미리 보세요.',
  revisedTitle: '바뀌는 값 (이전 값은 가격 변경 이력 시트에 남습니다)',
  affectedTitle: (count) => `숫자가 달라지는 조정 ${count}건`,
  noneAffected: '계산된 조정 중 달라지는 것은 없습니다.',
  evaluationsChanged: (count) => `연동 검토내역에서 숫자가 달라지는 평가(발동 여부와 무관) ${count}건.`,
  columns: { cell: '셀', series: '지표', date: '일자', before: '이전', after: '새 값', adjustment: '조정' },
  newAdjustment: '새 조정',
  noAdjustment: '조정 없음',
  changedMeanwhile: '미리 본 뒤 통합 문서가 바뀌었습니다. 새 내용을 확인하세요.',
  done: (added, revised) => `가져왔습니다: 추가 ${added}행, 변경 ${revised}건.`,
};

const IMPORT_EN: ImportStrings = {
  title: 'Import prices',
  intro:
    'Adds the values of a downloaded ECOS or Export-Import Bank file, or of a table (CSV, TSV, JSON), to the 원재료가격 and 환율 sheets with their source and import date. Importing the same file again adds nothing.',
  file: 'File',
  fileHint: 'CSV, TSV, JSON (UTF-8 or CP949)',
  paste: 'or paste a table',
  pasteHint: 'A table copied with its header from a web page or Excel',
  indexName: 'Index name',
  indexNameHint: 'For a single-series file: the 기준지표 name used in 연동약정',
  scale: 'Scale',
  scaleHint: 'Multiplies prices, e.g. 0.001 (USD/t → USD/kg)',
  badScale: 'The scale must be a decimal above 0 (e.g. 0.001); nothing is imported until it is.',
  badCurrency: 'The currency must be one currency code such as USD; nothing is imported until it is.',
  currency: 'Price currency',
  rateDate: 'Rate date',
  rateDateHint: 'For files without a date, such as the Export-Import Bank rates',
  wide: 'Wide table (a date column, one column per index)',
  roles: {
    none: 'Not read',
    index: 'Index',
    date: 'Date',
    price: 'Price',
    currency: 'Currency',
    unit: 'Unit',
    rate: 'Rate',
  },
  json: 'A JSON file (ECOS StatisticSearch or Export-Import Bank rates).',
  ecos: 'An ECOS download (TIME, DATA_VALUE).',
  xlsxInPane:
    'Open an .xlsx file in Excel and copy and paste its table, or import it from the command line (yeondong prices import).',
  checkButton: 'Preview',
  applyButton: 'Import',
  confirm: 'I have checked that values already present change, and the adjustments above with them',
  counts: (added, revised, unchanged, duplicates, missing) =>
    `Added ${added} rows · revised ${revised} · already present ${unchanged} · repeated ${duplicates} · missing ${missing}`,
  nothingToWrite: 'Nothing new to write.',
  hasErrors: 'Some rows are wrong, so nothing can be imported. Fix the places below and preview again.',
  revisedTitle: 'Values revised (the old values are kept in the 가격 변경 이력 sheet)',
  affectedTitle: (count) => `${count} adjustments whose numbers change`,
  noneAffected: 'No computed adjustment changes.',
  evaluationsChanged: (count) =>
    `${count} evaluations in 연동 검토내역 change their numbers, triggered or not.`,
  columns: {
    cell: 'Cell',
    series: 'Index',
    date: 'Date',
    before: 'Before',
    after: 'New',
    adjustment: 'Adjustment',
  },
  newAdjustment: 'new adjustment',
  noAdjustment: 'no adjustment',
  changedMeanwhile: 'The workbook changed after the preview. Check the new preview.',
  done: (added, revised) => `Imported: ${added} rows added, ${revised} revised.`,
};

export const IMPORT_STRINGS: Readonly<Record<Language, ImportStrings>> = { ko: IMPORT_KO, en: IMPORT_EN };

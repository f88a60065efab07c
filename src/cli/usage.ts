/** The usage text, Korean first. The hidden `sample` command (regenerates the sample workbook) is left out. */
export const USAGE = `사용법 (Usage):
  yeondong template <out.xlsx>
      빈 입력 양식(예시 행 포함)을 만듭니다.
      Writes the empty input template with sample rows.
  yeondong compute <in.xlsx> [-o <out.xlsx>] [--json] [--as-of YYYY-MM-DD] [--in-place] [--replace]
                   [--per-supplier <dir>] [--review all|triggered]
      연동 결과를 계산해 '납품단가 변동표'·'연동 검토내역'·'연동표' 시트를 입력 시트와 함께 저장합니다.
      기본 결과 파일은 입력 파일 옆의 <in>-연동결과.xlsx이며 입력 파일은 바뀌지 않습니다.
      Computes the indexation and saves the input sheets plus '납품단가 변동표', '연동 검토내역'
      and '연동표' to <in>-연동결과.xlsx beside the input; the input is left unchanged.
        -o, --output <out.xlsx>  결과 파일 경로 (이미 있는 파일은 덮어쓰지 않습니다)
                                 output file (an existing file is never overwritten)
        --json                   JSON 보고서를 표준 출력으로 (JSON report on stdout)
        --as-of YYYY-MM-DD       이 날짜까지의 조정일만 계산 (last adjustment date to evaluate)
        --in-place               입력 파일에 직접 저장, 권한 유지, 읽기 전용이면 거부
                                 write into the input file itself, keeping its permissions;
                                 a read-only file is refused
        --replace                기존 변동표·검토내역 시트를 보존하지 않고 교체
                                 replace existing output sheets instead of keeping them renamed
        --review all|triggered   검토내역에 모든 평가(기본) 또는 발동한 평가만 나열. 1,048,576행을
                                 넘는 검토내역은 '연동 검토내역 (2)'… 시트에 이어서 씁니다.
                                 list every evaluation (default) or only the triggered ones in
                                 '연동 검토내역'; past 1,048,576 rows it continues on
                                 '연동 검토내역 (2)', …
        --per-supplier <dir>     수탁기업마다 그 수탁기업의 행·가격·납품실적·결과 시트만 담은 파일을
                                 <dir>에 씁니다 (다른 수탁기업 정보 없음, 기존 파일은 (2)로 피함)
                                 one workbook per supplier in <dir>, holding only its own rows,
                                 price series, deliveries and output sheets
  yeondong verify <in.xlsx> [--json]
      파일 안의 '납품단가 변동표'를 다시 계산해 대조합니다. 차이가 있으면 종료 코드 1.
      Recomputes the '납품단가 변동표' in the file; exits 1 on any difference.
  yeondong report <in.xlsx> [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--as-of YYYY-MM-DD] [-o <out.xlsx>]
      기간 안의 조정을 중기부 연동 실적 작성표 형식('연동 실적' 시트)으로 씁니다.
      기본 파일은 <in>-연동실적.xlsx입니다. 변동률은 (b − a) ÷ a, 연동 실적은 (f − e) × g.
      Writes the adjustments dated in the period as the ministry's performance report.
  yeondong outlook <in.xlsx> [--as-of YYYY-MM-DD] [--shock 지표=+10%]… [--json]
      물품마다 다음 조정일, 원재료마다 기준가격 대비 변동과 조정요건까지의 거리(예: +7.2% / 10%),
      마지막 가격이 다음 조정일까지 그대로일 때의 단가를 보여 줍니다. 파일은 바꾸지 않습니다.
      --shock은 기준일부터 그 지표 가격에 (1 + N%)를 곱해 물품별 단가 영향과 최근 12개월
      납품량에 대한 영향 합계를 냅니다 (여러 번 쓸 수 있음).
      Per item the next adjustment date, per material the change against its base and the
      distance to its threshold, and the unit price if the latest prices held until that date;
      --shock INDEX=+10% prices a shock per item and on the last 12 months' deliveries.
  yeondong prices import <file>… --into <workbook.xlsx> [--index NAME] [--scale F] [--currency USD]
                   [--only USD,JPY] [--date YYYY-MM-DD] [--map 역할=머리글]… [--wide] [--yes]
      ECOS JSON·CSV, 수출입은행 환율 JSON, 긴 표·넓은 표(CSV·TSV·xlsx)의 값을 '원재료가격'·'환율'에
      출처·가져온 날짜와 함께 덧붙입니다. 이미 있는 값이 바뀌면 영향받는 조정을 보여 주고 --yes가
      있어야 쓰며, 이전 값은 '가격 변경 이력'에 남깁니다.
      Appends the files' observations with their source and import date; a value already present
      that changes is listed with the adjustments it changes and written only with --yes.
        --index NAME      한 계열 파일의 기준지표 이름 (index name for a single-series file)
        --scale F         가격에 곱함, 예: 0.001 (USD/t → USD/kg) (multiplies prices)
        --currency USD    통화 열이 없는 가격의 통화 (currency of prices without a 통화 column)
        --only USD,JPY    환율 파일에서 이 통화만 (keep only these rates)
        --date D          날짜 없는 환율 파일의 고시일 (date of a rate file that has none)
        --map 가격=값     머리글로 열 지정; 역할: 지표 일자 가격 통화 단위 환율 (map columns by header)
        --wide            일자 열 + 지표마다 한 열로 읽음 (read as a wide table)
        --yes, -y         이미 있는 값의 변경을 적용 (apply revisions of values already present)
  yeondong demo [-o <out.xlsx>]
      예제 통합 문서(assets/sample-workbook.xlsx)를 계산하고 요약을 보여 줍니다.
      -o로 지정한 기존 파일은 덮어쓰지 않습니다.
      Computes the sample workbook and prints a summary; an existing -o file is never overwritten.

종료 코드 (Exit status): 0 정상 (no errors), 1 입력 오류·검증 차이 (input errors or
differences), 2 잘못된 명령줄·덮어쓰지 않는 결과 파일 (wrong command line, or an output
file refused: existing, or read-only for --in-place).
`;

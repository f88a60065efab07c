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
  yeondong demo [-o <out.xlsx>]
      예제 통합 문서(assets/sample-workbook.xlsx)를 계산하고 요약을 보여 줍니다.
      -o로 지정한 기존 파일은 덮어쓰지 않습니다.
      Computes the sample workbook and prints a summary; an existing -o file is never overwritten.

종료 코드 (Exit status): 0 정상 (no errors), 1 입력 오류·검증 차이 (input errors or
differences), 2 잘못된 명령줄·덮어쓰지 않는 결과 파일 (wrong command line, or an output
file refused: existing, or read-only for --in-place).
`;

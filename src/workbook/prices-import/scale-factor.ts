import { D } from '../../domain/decimal';

/**
 * The factor imported prices are multiplied by ("0.001": USD/t → USD/kg): a plain decimal above
 * zero, or null. The command line and the pane both refuse anything else rather than import the
 * prices unscaled.
 */
export function scaleFactorOf(text: string): D | null {
  const trimmed = text.trim();
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(trimmed)) return null;
  const factor = new D(trimmed);
  return factor.gt(0) ? factor : null;
}

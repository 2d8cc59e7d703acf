/**
 * Right to left (Arabic), a chart is drawn as its own mirror image: time runs from right
 * to left, bars grow leftwards and the axis sits on the right. Only x positions flip; the
 * text anchors (`start`, `end`) follow the svg's `direction`, so they flip by themselves.
 */
export function mirrorer(width: number, rtl: boolean) {
  return (x: number, extent = 0) => (rtl ? width - x - extent : x);
}

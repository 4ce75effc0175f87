import { degrees, rgb, type PDFFont, type PDFPage } from '@cantoo/pdf-lib';
import type { LabelPosition } from '../plan/plan.ts';
import { labelSize } from './label-size.ts';

/**
 * Draws a short Latin label (page number, tab number) on a page copy, on a white box so it
 * stays readable over a scan. Positions are visual: a page with /Rotate or an offset crop box
 * gets its label where a reader sees the bottom right, upright.
 */
export function stampLabel(page: PDFPage, text: string, font: PDFFont, where: LabelPosition | 'top-left', bold = false): void {
  const { size, edge: EDGE, pad: PAD } = labelSize(page.getCropBox(), bold);
  const box = page.getCropBox();
  const angle = (((page.getRotation().angle % 360) + 360) % 360) as 0 | 90 | 180 | 270;
  const turned = angle === 90 || angle === 270;
  const visualW = turned ? box.height : box.width;
  const visualH = turned ? box.width : box.height;
  const textW = font.widthOfTextAtSize(text, size);
  const vx = where === 'bottom-center' ? (visualW - textW) / 2 : where === 'top-left' ? EDGE : visualW - EDGE - textW;
  const vy = where === 'top-right' || where === 'top-left' ? visualH - EDGE - size : EDGE;
  const toUser = (x: number, y: number): { x: number; y: number } => {
    switch (angle) {
      case 90:
        return { x: box.x + box.width - y, y: box.y + x };
      case 180:
        return { x: box.x + box.width - x, y: box.y + box.height - y };
      case 270:
        return { x: box.x + y, y: box.y + box.height - x };
      default:
        return { x: box.x + x, y: box.y + y };
    }
  };
  const rotate = degrees(angle);
  const corner = toUser(vx - PAD, vy - PAD - size * 0.22);
  page.drawRectangle({ ...corner, width: textW + 2 * PAD, height: size * 1.22 + 2 * PAD, color: rgb(1, 1, 1), rotate });
  page.drawText(text, { ...toUser(vx, vy), size, font, color: rgb(0, 0, 0), rotate });
}

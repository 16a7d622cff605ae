import type { DigestModel, DigestView } from './render-digest.ts';

/**
 * HTML for mail clients, Outlook's Word engine included: nested tables for
 * layout, every style inline, fixed 600px width, web-safe fonts, buttons as
 * table cells with bgcolor, no external images, CSS classes or scripts.
 */

const FONT = 'font-family:Arial,Helvetica,sans-serif;';
const BRAND = '#154273';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Red within a week, orange within a month, the house blue otherwise. */
function urgencyColour(daysLeft: number): string {
  if (daysLeft <= 7) return '#b3261e';
  if (daysLeft <= 30) return '#a64b00';
  return BRAND;
}

function button(label: string, url: string): string {
  return (
    `<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr><td bgcolor="${BRAND}" style="background-color:${BRAND};padding:10px 18px;">` +
    `<a href="${escapeHtml(url)}" style="${FONT}font-size:15px;font-weight:bold;color:#ffffff;text-decoration:none;">${escapeHtml(label)}</a></td></tr></table>`
  );
}

function itemHtml(v: DigestView, m: DigestModel): string {
  const colour = urgencyColour(v.daysLeft);
  const cell = `${FONT}font-size:15px;line-height:22px;color:#1f2937;`;
  const rows: string[] = [];
  rows.push(
    `<tr><td style="${FONT}font-size:13px;font-weight:bold;color:${colour};text-transform:uppercase;padding:0 0 4px 0;">${escapeHtml(v.kindLabel)} · ${escapeHtml(v.daysLeftText)}</td></tr>`,
    `<tr><td style="${FONT}font-size:20px;line-height:26px;font-weight:bold;color:#111827;padding:0 0 4px 0;">${escapeHtml(v.date)}</td></tr>`,
    `<tr><td style="${FONT}font-size:17px;line-height:24px;font-weight:bold;color:#111827;padding:0 0 2px 0;">${escapeHtml(v.title)}</td></tr>`,
  );
  if (v.meta) rows.push(`<tr><td style="${FONT}font-size:13px;color:#4b5563;padding:0 0 10px 0;">${escapeHtml(v.meta)}</td></tr>`);
  if (v.escalation) {
    rows.push(
      `<tr><td style="padding:0 0 10px 0;"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td bgcolor="#fdecea" style="background-color:#fdecea;border:1px solid #b3261e;padding:8px 10px;${FONT}font-size:14px;line-height:20px;color:#7a1712;font-weight:bold;">${escapeHtml(v.escalation)}</td></tr></table></td></tr>`,
    );
  }
  if (v.explanation.length) {
    const list = v.explanation
      .map(
        (x) =>
          `<tr><td valign="top" style="${FONT}font-size:14px;color:#4b5563;padding:0 6px 2px 0;">•</td><td style="${FONT}font-size:14px;line-height:20px;color:#374151;padding:0 0 2px 0;">${escapeHtml(x)}</td></tr>`,
      )
      .join('');
    rows.push(
      `<tr><td style="${FONT}font-size:14px;font-weight:bold;color:#111827;padding:4px 0 2px 0;">${escapeHtml(m.t.why)}</td></tr>`,
      `<tr><td style="padding:0 0 8px 0;"><table role="presentation" cellpadding="0" cellspacing="0" border="0">${list}</table></td></tr>`,
    );
  }
  rows.push(
    `<tr><td style="${FONT}font-size:14px;font-weight:bold;color:#111827;padding:4px 0 2px 0;">${escapeHtml(m.t.todo)}</td></tr>`,
    `<tr><td style="${cell}padding:0 0 12px 0;">${escapeHtml(v.whatToDo)}</td></tr>`,
    `<tr><td style="padding:0 0 10px 0;">${button(m.t.open, v.url)}</td></tr>`,
    `<tr><td style="${FONT}font-size:12px;color:#6b7280;">${escapeHtml(m.t.youReceive)}: ${escapeHtml(v.reasons)}.</td></tr>`,
  );
  return (
    `<tr><td style="padding:0 24px 16px 24px;"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-left:4px solid ${colour};">` +
    `<tr><td bgcolor="#f7f8fa" style="background-color:#f7f8fa;padding:14px 16px;"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">${rows.join('')}</table></td></tr></table></td></tr>`
  );
}

/** The HTML part of a digest. */
export function renderDigestHtml(m: DigestModel): string {
  const intro = m.isSupplement ? m.t.supplement : m.t.intro(m.views.length);
  return `<!DOCTYPE html>
<html lang="${m.locale}" xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${escapeHtml(m.subject)}</title>
</head>
<body style="margin:0;padding:0;background-color:#eef0f3;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#eef0f3" style="background-color:#eef0f3;"><tr><td align="center" style="padding:24px 8px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="width:600px;max-width:600px;background-color:#ffffff;border:1px solid #d0d5dd;">
<tr><td bgcolor="${BRAND}" style="background-color:${BRAND};padding:16px 24px;${FONT}font-size:20px;font-weight:bold;color:#ffffff;">${escapeHtml(m.t.brand)}</td></tr>
<tr><td style="padding:20px 24px 8px 24px;${FONT}font-size:15px;line-height:22px;color:#1f2937;">${escapeHtml(m.t.greeting)}</td></tr>
<tr><td style="padding:0 24px 16px 24px;${FONT}font-size:15px;line-height:22px;color:#1f2937;">${escapeHtml(intro)}</td></tr>
${m.views.map((v) => itemHtml(v, m)).join('\n')}
<tr><td style="padding:8px 24px 20px 24px;border-top:1px solid #e5e7eb;${FONT}font-size:12px;line-height:18px;color:#6b7280;">${escapeHtml(m.t.footer)}<br>${escapeHtml(m.t.stopHint)}</td></tr>
</table>
</td></tr></table>
</body>
</html>
`;
}

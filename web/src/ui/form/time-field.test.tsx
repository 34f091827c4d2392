import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import '../../i18n/i18n';
import { TimeField } from './time-field';

const render = (value: string) =>
  renderToStaticMarkup(<TimeField label="Từ" value={value} onChange={() => {}} />);

describe('the time field', () => {
  it('is a text box, so no browser shows its own 12-hour clock', () => {
    const html = render('19:30');
    expect(html).toContain('type="text"');
    expect(html).not.toContain('type="time"');
    expect(html).toContain('value="19:30"');
    expect(html).not.toMatch(/PM|AM/);
  });

  it('asks for hours and minutes on the numeric keypad', () => {
    const html = render('');
    expect(html).toContain('inputMode="numeric"');
    expect(html).toContain('placeholder="giờ:phút"');
    expect(html).toContain('maxLength="5"');
  });

  it('drops the seconds of a stored time', () => {
    expect(render('07:05:00')).toContain('value="07:05"');
  });

  it('is tied to its label', () => {
    const html = render('08:00');
    const id = /<input[^>]* id="([^"]+)"/.exec(html)?.[1];
    expect(id).toBeTruthy();
    expect(html).toContain(`for="${id}"`);
  });
});

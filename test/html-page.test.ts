// The HTML reader on small pages written for these tests, mirroring the structures of the real
// sites in ../shared/corpus/html (2026 layouts with JSON-LD, a lead set apart from the body, 2012
// table layouts, a forum thread, section and home pages).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml, type HtmlArticle } from '../corpus/html/page.js';
import { decodeHtml } from '../corpus/html/decode.js';

const fixture = (name: string) => decodeHtml(readFileSync(new URL(`./fixtures/html/${name}`, import.meta.url))).text;

function article(name: string, url?: string): HtmlArticle {
  const page = parseHtml(fixture(name), { url });
  if (page.kind !== 'article') throw new Error(`${name}: not an article: ${page.reason}`);
  return page;
}

describe('a 2026 article page (JSON-LD, meta tags, sapo, table, furniture)', () => {
  const a = article('article-modern.html');

  it('takes the headline the reader sees, not the <title>', () => {
    expect(a.title).toBe('Hòa Bình giải ngân vốn đầu tư công đạt 95%');
  });

  it('takes the publication time from article:published_time, in Vietnam time', () => {
    expect(a.published).toBe('2026-03-01T09:51:00+07:00');
    expect(a.publishedFrom).toBe('meta');
  });

  it('reads the author from JSON-LD without "Theo", and the canonical URL made absolute', () => {
    expect(a.author).toBe('Minh Anh');
    expect(a.canonicalUrl).toBe('https://baothu.vn/hoa-binh-giai-ngan-von-dau-tu-cong-102260301.htm');
  });

  it('keeps the lead and the body, in order', () => {
    const lines = a.text.split('\n');
    expect(lines[0]).toMatch(/^\(Báo Thử Nghiệm\) - Năm 2025, tỉnh Hòa Bình giải ngân 4\.250 tỷ đồng/);
    expect(lines[1]).toMatch(/^Theo báo cáo của Sở Tài chính/);
    expect(a.text).toContain('Ông Nguyễn Văn Bình, Giám đốc Sở Tài chính');
  });

  it('keeps a table as one line per row, cells joined by " | "', () => {
    expect(a.text).toContain('Địa phương | Vốn giao (tỷ đồng) | Tỷ lệ giải ngân\nTP. Hòa Bình | 820 | 98,1%\nHuyện Lương Sơn | 640 | 96,4%');
  });

  it('drops menus, share boxes, related links, ads, tags, comments, sidebar, footer, headline and date line', () => {
    for (const furniture of ['Thời sự', 'Chia sẻ Facebook', 'Tin liên quan', 'Hà Nội giải ngân vốn đầu tư công chậm', 'Quảng cáo', 'vay tiêu dùng',
      'Từ khóa', 'Bình luận', 'Tỉnh làm tốt lắm', 'Đọc nhiều', 'Giá vàng hôm nay', 'Giấy phép', 'Trang chủ', '09:51', 'Chủ nhật, ngày 01 tháng 03']) {
      expect(a.text, furniture).not.toContain(furniture);
    }
    expect(a.text.startsWith('Hòa Bình giải ngân')).toBe(false);
  });
});

describe('a page whose lead stands apart from the body (no h1, no JSON-LD)', () => {
  const a = article('article-sapo-apart.html');

  it('finds the headline in a div named like a title', () => {
    expect(a.title).toBe('Xử phạt một cá nhân thao túng cổ phiếu XYZ');
  });

  it('reads the visible date line beside the headline, not the site header\'s "today"', () => {
    expect(a.published).toBe('2026-03-07T08:47');
    expect(a.publishedFrom).toBe('visible');
    expect(a.author).toBe('Nguyên Minh');
  });

  it('puts the lead back in front of the body, decodes entities, keeps the caption, drops related links', () => {
    expect(a.text.split('\n')[0]).toMatch(/^Ông Trần Văn Nam - Giám đốc tài chính của CTCP XYZ/);
    expect(a.text).toContain('Ủy ban Chứng khoán Nhà nước vừa có quyết định xử phạt vi phạm hành chính đối với ông Trần Văn Nam');
    expect(a.text).toContain('Quyết định xử phạt của Ủy ban Chứng khoán Nhà nước.');
    expect(a.text).toContain('2.077.000.000 đồng');
    expect(a.text).not.toContain('TIN LIÊN QUAN');
    expect(a.text).not.toContain('19 tài khoản');
    expect(a.text).not.toContain('VN30');
    expect(a.text).not.toContain('Ảnh màn hình');
  });
});

describe('a 2012 table layout', () => {
  const a = article('article-2012-tables.html');

  it('takes the h1 that matches the <title>, not the logo h1', () => {
    expect(a.title).toBe('Người dân đổ về trung tâm thành phố đêm Giáng sinh');
  });

  it('reads a two-digit year and an evening time ("24/12/12 11:05 tối")', () => {
    expect(a.published).toBe('2012-12-24T23:05');
  });

  it('keeps lead, paragraphs split at <br>, caption and byline; drops the left menu, category links and other news', () => {
    expect(a.text.split('\n')).toEqual([
      'Đêm Giáng sinh, 24/12, khoảng 200.000 người đã đổ về trung tâm các thành phố lớn, các nhà thờ để vui chơi mừng ngày lễ.',
      'Tại Hà Nội, dòng người đổ về khu vực nhà thờ Lớn gây tắc nghẽn nghiêm trọng. Khoảng 70% số người đến là thanh niên, học sinh, sinh viên.',
      'Lực lượng công an đã huy động 1.500 cán bộ, chiến sĩ để phân luồng, bảo đảm trật tự.',
      'Nhà thờ Lớn Hà Nội lung linh ánh sáng.',
      'Tại TP.HCM, khu vực nhà thờ Đức Bà đông nghịt người từ 19h. Nhiều tuyến đường trung tâm bị cấm xe để phục vụ người đi bộ.',
      'Nhóm PV',
    ]);
  });
});

describe('a forum thread', () => {
  const a = article('forum-thread.html');

  it('keeps the first post and none of the replies', () => {
    expect(a.text).toContain('xem mối quan hệ bạn bè giữa 2 người');
    expect(a.text).toContain('facebook.com/A?and=B');
    expect(a.text).not.toContain('bị khóa rồi');
    expect(a.text).not.toContain('Thành viên');
    expect(a.text).not.toContain('Thảo luận trong');
  });
});

describe('pages that are not articles', () => {
  it('a section page (og:type=article, a WebSite JSON-LD, 18 teasers) yields no article', () => {
    const page = parseHtml(fixture('list-section.html'));
    expect(page.kind).toBe('not-article');
    if (page.kind === 'not-article') expect(page.reason).toMatch(/list of stories|no headline/);
  });

  it('a home page with a featured story in its h1 yields no article', () => {
    expect(parseHtml(fixture('home.html')).kind).toBe('not-article');
  });

  it('an article that embeds an unnamed list of 20 other stories is still an article', () => {
    const links = Array.from({ length: 20 }, (_, i) => `<p><a href="/t${i}.htm">Tin số ${i + 1}: giá xăng dầu hôm nay tiếp tục tăng mạnh</a></p>`).join('');
    const html = fixture('article-modern.html').replace('<p>Kết quả giải ngân', `<div>${links}</div><p>Kết quả giải ngân`);
    const page = parseHtml(html);
    expect(page.kind).toBe('article');
    expect(page.kind === 'article' && page.text).not.toContain('Tin số 1:');
  });

  it('an empty page or a page of menus yields no article', () => {
    expect(parseHtml('').kind).toBe('not-article');
    expect(parseHtml('<html><body><ul class="menu"><li><a href="/">Trang chủ</a></li></ul></body></html>').kind).toBe('not-article');
  });
});

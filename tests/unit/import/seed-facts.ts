/** The seed CV's facts, one by one, for the text and the PDF import tests. */
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import type { Profile } from '../../../lib/profile/schema';

/** The real CV of Vitae's first user, beside the clone (../shared/), as in CI. */
export const SEED_CV_PATH = resolve(__dirname, '../../../../shared/cv-qingyu-song.txt');

/** The seed CV's research interests, in its order (the import tests and the fill journey both expect them). */
export const SEED_INTERESTS = [
  'Optimization in Deep Learning',
  'Learning to Optimize',
  'AI for Network Management',
  'Inference Acceleration for LLM',
  'Communication Efficient Federated Learning',
  'Graph Neural Networks',
  'Time Series Prediction',
];

export function expectSeedFacts(get: () => Profile): void {
  it('reads the contact block', () => {
    const p = get();
    expect(p.name).toMatchObject({ full: 'Qingyu Song', given: 'Qingyu', family: 'Song' });
    expect(p.emails).toEqual([{ address: 'qysong21@cse.cuhk.edu.hk', kind: 'academic', primary: true }]);
    expect(p.phones.map((x) => [x.raw, x.e164])).toEqual([
      ['+852 6341 2126', '+85263412126'],
      ['+86 13260063767', '+8613260063767'],
    ]);
    expect(p.links.homepage).toBe('https://simmonssong.github.io');
    // The header's department and university are where the person works, not a postal address.
    expect(p.address).toEqual({ lines: [] });
  });

  it("makes the header's department and university the current position", () => {
    expect(get().positions.map(({ id: _id, ...row }) => row)).toEqual([
      {
        title: '',
        institution: 'The Chinese University of Hong Kong',
        department: 'Department of Computer Science and Engineering',
        end: 'present',
      },
    ]);
  });

  it('reads 3 degrees with fields, advisors, theses and years', () => {
    const rows = get().education.map(({ id: _id, ...e }) => e);
    expect(rows).toEqual([
      {
        degree: 'Ph.D.',
        field: 'Computer Science and Engineering',
        institution: 'The Chinese University of Hong Kong',
        city: 'Hong Kong',
        country: 'HK',
        advisors: ['Hong Xu'],
        thesisTitle: 'Exploring the Foundation of Learning to Optimize: From Practice to Theory',
        start: '2021',
        end: '2025',
      },
      {
        degree: 'M.S.',
        field: 'Control Engineering',
        institution: 'Tsinghua University',
        city: 'Beijing',
        country: 'CN',
        advisors: ['Jianming Hu'],
        thesisTitle: 'Traffic Time Series Data Prediction with Graph Neural Networks',
        start: '2018',
        end: '2021',
      },
      {
        degree: 'B.S.',
        field: 'Software Engineering',
        institution: 'Harbin Institute of Technology',
        city: 'Weihai',
        country: 'CN',
        advisors: ['Xuefeng Piao'],
        thesisTitle: 'Vehicle Trajectory Cleaning and Traffic Flow Prediction with Deep Learning Methods',
        start: '2014',
        end: '2018',
      },
    ]);
  });

  it('reads 9 research and work experience entries with dates, mentors and projects', () => {
    const rows = get().experience;
    expect(rows.map((e) => [e.start, e.end, e.role, e.organisation, e.mentors])).toEqual([
      ['2025-01', '2025-04', 'Intern', "Huawei Noah's Ark Lab", ['Hui-Ling Zhen', 'Shoubo Hu']],
      // No role on the CV line: inferred from the Ph.D. at The Chinese University of Hong Kong in those years.
      ['2024-03', '2025-01', 'Ph.D. Student', 'CUHK', ['Hong Xu']],
      ['2023-09', '2023-12', 'Ph.D. Student', 'CUHK', ['Hong Xu', 'Juncheng Wang']],
      ['2022-11', '2023-05', 'Visiting Researcher', "Huawei Noah's Ark Lab", ['Guochen Liu']],
      ['2020-11', '2021-05', 'Research Assistant', 'Tsinghua University', ['Jianming Hu']],
      ['2020-01', '2020-05', 'Research Assistant', 'Tsinghua University', ['Jianming Hu']],
      ['2018-03', '2018-05', 'UG Research Assistant', 'Tsinghua University', ['Jianming Hu']],
      ['2017-10', '2018-01', 'R&D Intern', 'NEBULA-LINK Internet Technology Co., Ltd.', ['Yizhi Wang']],
      ['2016-05', '2017-05', 'Part-time R&D Intern', 'HITWH', ['Xuefeng Piao']],
    ]);
    expect(rows[0]!.project).toBe('LLM Quantization');
    expect(rows[2]!.project).toBe(
      'Convergence Analysis of Learning to Optimize (L2O) in Out-of-Distribution (OOD) Scenarios',
    );
    expect(rows[4]!.project).toMatch(/^National Key R&D Program, 5\.1 Efficient .* Traffic State Perception System$/);
    expect(rows[0]!.description).toMatch(/^We comprehensively evaluate the on-device LLM inference framework/);
    expect(rows[8]!.description).toMatch(/data downloading and picture uploading with the server\.$/);
    expect(rows.every((e) => !/Project:/.test(e.description ?? ''))).toBe(true);
  });

  it('reads 12 publications with labels, types, titles, venues, years and arXiv ids', () => {
    const pubs = get().publications;
    expect(pubs.map((p) => [p.label, p.type, p.year])).toEqual([
      ['A3', 'preprint', 2025],
      ['A2', 'preprint', 2025],
      ['A1', 'preprint', 2024],
      ['C7', 'conference', 2025],
      ['C6', 'conference', 2024],
      ['C5', 'conference', 2024],
      ['C4', 'conference', 2024],
      ['C3', 'conference', 2020],
      ['C2', 'conference', 2020],
      ['C1', 'conference', 2019],
      ['W2', 'workshop', 2023],
      ['W1', 'workshop', 2023],
    ]);
    expect(pubs.slice(0, 3).map((p) => [p.arxiv, p.status])).toEqual([
      ['2505.15030', 'in-submission'],
      ['2501.18092', 'in-submission'],
      ['2412.00059', 'in-submission'],
    ]);
    expect(pubs[0]!.title).toBe(
      'Harnessing On-Device Large Language Model: Empirical Results and Implications for AI PC',
    );
    expect(pubs[3]!.title).toBe('Toward Scalable Learning-Based Optical Restoration');
    expect(pubs[3]!.venue).toBe('ACM APNet');
    expect(pubs[4]).toMatchObject({
      title: 'Towards Robust Learning to Optimize with Theoretical Guarantees',
      venue: 'IEEE/CVF CVPR',
      status: 'published',
    });
    expect(pubs[6]!.title).toBe('Fed2Com: Towards Efficient Compression in Federated Learning');
    expect(pubs[10]!.venue).toBe('ICML 2023, 1st Workshop on Synergy of Scientific and Machine Learning Modeling');
  });

  it('finds the owner among the authors and keeps the author order', () => {
    const pubs = get().publications;
    const selfIndex = pubs.map((p) => p.authors.findIndex((a) => a.self));
    expect(selfIndex).toEqual([0, 0, 1, 1, 0, 0, 3, 0, 1, 0, 0, 0]);
    expect(pubs.every((p) => p.authors.filter((a) => a.self).length === 1)).toBe(true);
    expect(pubs[0]!.authors.map((a) => a.name)).toEqual([
      'Qingyu Song',
      'Peiyu Liao',
      'Wenqian Zhao',
      'Yiwen Wang',
      'Shoubo Hu',
      'Hui-Ling Zhen',
      'Ning Jiang',
      'Mingxuan Yuan',
    ]);
    expect(pubs[6]!.authors).toHaveLength(8);
  });

  it('reads 7 research interests without their cross references', () => {
    expect(get().interests).toEqual(SEED_INTERESTS);
  });

  it('reads 6 awards with dates and awarders', () => {
    expect(get().awards.map((a) => [a.date, a.end, a.title, a.awarder])).toEqual([
      ['2024-03', undefined, 'Student Travel Grant', 'IEEE INFOCOM 2024'],
      [
        '2023-07',
        undefined,
        'Registration Grant',
        'ICML 2023, 1st Workshop on Synergy of Scientific and Machine Learning Modeling',
      ],
      ['2021', '2025', 'Full Postgraduate Studentship', 'CUHK'],
      ['2019', '2020', 'First Honor and Second Honor Scholarships', 'SIGS Tsinghua University'],
      [
        '2018-06',
        undefined,
        'Outstanding Graduate Award at Provincial Level',
        "People's Government of Shandong Province",
      ],
      ['2015', '2017', 'First Honor and Second Honor Scholarships', 'Harbin Institute of Technology, Weihai'],
    ]);
  });

  it('reads reviewing service: 5 conferences and 1 journal', () => {
    expect(get().service.map((s) => [s.role, s.venueKind, s.venue, s.start])).toEqual([
      ['reviewer', 'conference', 'ICLR', '2025'],
      ['reviewer', 'conference', 'IJCAI', '2025'],
      ['reviewer', 'conference', 'ICML', '2025'],
      ['reviewer', 'conference', 'NeurIPS', '2025'],
      ['reviewer', 'conference', 'ECAI', '2025'],
      ['reviewer', 'journal', 'TNSE', undefined],
    ]);
  });

  it('reads 3 teaching assistantships with terms and course codes', () => {
    expect(get().teaching.map((t) => [t.role, t.term, t.year, t.institution, t.courseCode, t.title])).toEqual([
      [
        'teaching-assistant',
        'Spring 2022',
        2022,
        'CUHK',
        'CSCI 4430 / ESTR 4120',
        'Data Communication and Computer Networks',
      ],
      ['teaching-assistant', 'Spring 2021', 2021, 'CUHK', 'CSCI 4430', 'Data Communication and Computer Networks'],
      ['teaching-assistant', 'Fall 2021', 2021, 'CUHK', 'ENGG 2760A / ESTR 2018', 'Probability for Engineers'],
    ]);
  });

  it('invents nothing: no talks, grants or referees that the CV does not have', () => {
    const p = get();
    expect([p.talks.length, p.grants.length, p.referees.length]).toEqual([0, 0, 0]);
  });
}

/**
 * The feed format's other controlled lists with a short English definition per value, as `TOPICS` has for topics:
 * **kinds** (`kind`, an enum of the schema), **audiences** (`audience`: the list FEED-FORMAT.md recommends; a
 * publisher's own slug is kept) and **modes** (`mode`, an enum of the schema). The labels in the 24 EU languages are
 * the UI catalogues' (`finder.kinds`, `finder.audiences`, `finder.modes`) and, for kinds, the vocabulary files.
 *
 * Source: written by the project from the Erasmus+ Programme Guide's mobility actions and the offers the feed format
 * describes; licence as the rest of the repository. For review.
 */
import type { Kind, Mode } from '../feed/codes.js';

/** Per kind of opportunity (`kind`), one sentence saying what it is. */
export const KIND_DEFINITIONS: Readonly<Record<Kind, string>> = {
  'staff-week': 'A training week for the staff of partner institutions at one host: workshops, visits and exchange of practice.',
  'job-shadowing': 'A stay at a host organisation to observe colleagues at work and learn from their practice.',
  teaching: 'A teaching assignment at a partner institution, where a visiting member of staff teaches its learners.',
  course: 'A structured course or training with a set programme, open to learners or staff from outside the provider.',
  traineeship: 'A work placement at an enterprise or organisation for students or recent graduates, for weeks or months.',
  'vet-placement': 'A work-based learning placement for learners or apprentices in vocational education and training (VET).',
  volunteering: 'Unpaid work for a community or a cause, such as a European Solidarity Corps volunteering project.',
  'research-job': 'A paid position in research, such as a doctoral, postdoctoral or research-staff post.',
  'good-practice': 'An example of good practice (a project, method or service) published for others to learn from.',
  other: 'An opportunity of another kind, described by its title and summary.',
};

/**
 * The audiences (`audience`) the feed format recommends, each with one sentence saying whom it means. Slugs are
 * stable (never renamed, only added to); a publisher's own slug is kept and displayed humanised.
 */
export const AUDIENCES = {
  'academic-staff': 'Staff who teach or do research at a higher-education institution: professors, lecturers, researchers.',
  'administrative-staff': 'Staff of central and faculty services: international offices, student services, finance, HR and others.',
  'technical-staff': 'Staff who run laboratories, workshops, ICT and buildings: technicians, engineers and support staff.',
  'library-staff': 'Staff of libraries, learning centres and archives.',
  teachers: 'Teachers and trainers of schools, vocational and adult education.',
  students: 'Students enrolled in higher education, and recent graduates where the offer says so.',
  'vet-learners': 'Learners and apprentices in vocational education and training (VET).',
  'adult-learners': 'Adults in non-vocational adult education and other lifelong learning.',
  'job-seekers': 'People looking for work, including recent graduates not yet employed.',
} as const;

export type AudienceSlug = keyof typeof AUDIENCES;
export const AUDIENCE_SLUGS = Object.keys(AUDIENCES) as AudienceSlug[];
export const isAudienceSlug = (s: string): s is AudienceSlug => Object.hasOwn(AUDIENCES, s);

/** Per mode of delivery (`mode`), one sentence saying what it means. */
export const MODE_DEFINITIONS: Readonly<Record<Mode, string>> = {
  onsite: 'Held in person at the place given, with participants present.',
  online: 'Held entirely online: participants take part remotely and do not travel.',
  blended: 'A mix of online parts and parts held in person (such as a blended intensive programme).',
};

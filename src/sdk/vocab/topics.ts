/**
 * The feed format's controlled **topic** vocabulary: the areas of expertise that staff weeks, job shadowing and
 * trainings are about. Each topic has a stable slug (what a feed's `topics` carries; never renamed, only added to) and
 * a short English definition. Labels in the 24 EU languages live as data, one lazy file per language
 * (`src/i18n/<lang>/vocab.ts`). A publisher may use its own slugs too: they display as humanised slugs and the
 * validator warns with the closest slug of this list.
 *
 * Source: written by the project from the topics of Erasmus+ staff-mobility offers (staff weeks of HEIs, VET and
 * adult-education providers); licence as the rest of the repository. For review.
 */
export const TOPICS = {
  'international-relations': 'International offices: partnerships, mobility management, Erasmus+ and other programmes.',
  'academic-affairs': 'Study programmes, curricula, examinations, recognition of credits and academic administration.',
  'student-affairs': 'Student services: admission, enrolment, counselling, welfare, housing and student life.',
  'placements-career-guidance': 'Traineeships, work placements, career guidance and the links with employers.',
  libraries: 'Libraries and learning centres: collections, information literacy, learning spaces and library services.',
  'human-resources': 'Recruitment, staff development, HR administration and working conditions.',
  ict: 'Information and communication technology services: IT infrastructure, systems, support and security.',
  finance: 'Budgets, accounting, grant management and financial administration.',
  'research-support': 'Research management and support: funding, projects, innovation and technology transfer.',
  'open-science': 'Open access, open data, research data management and open research practices.',
  'quality-assurance': 'Quality assurance and enhancement, evaluation, accreditation and surveys.',
  marketing: 'Marketing and communication: promotion, branding, web, social media and public relations.',
  'facility-management': 'Buildings, campus services, maintenance, safety and logistics.',
  procurement: 'Purchasing and public procurement.',
  'data-protection': 'Data protection and privacy (GDPR), records management and information governance.',
  'legal-affairs': 'Legal services, contracts and regulatory compliance.',
  'language-centres': 'Language centres and language teaching: courses, testing and language policy.',
  'language-integration': 'Language learning for the integration of migrants and refugees.',
  inclusion: 'Inclusion, diversity, equal opportunities and accessibility for people with disabilities.',
  'mental-health': 'Mental health and wellbeing of students and staff.',
  sustainability: 'Sustainability, green campus and environmental management.',
  'renewable-energy': 'Renewable energy and energy efficiency, in teaching and in practice.',
  'digital-education': 'Digital and online teaching and learning, e-learning and educational technology.',
  'digital-inclusion': 'Digital skills and access to digital services for everyone.',
  'teacher-education': 'Initial and continuing education of teachers and trainers, and teaching methods.',
  'curriculum-design': 'Designing programmes, courses and learning outcomes.',
  'virtual-exchange': 'Virtual exchange, blended mobility and collaborative online international learning (COIL).',
  'internationalisation-at-home': 'Internationalisation at home: international and intercultural learning without travel.',
  'micro-credentials': 'Short learning experiences with certified learning outcomes, and their recognition.',
  alumni: 'Alumni relations, networks and fundraising.',
  'youth-work': 'Youth work, non-formal learning and youth participation.',
  'health-care': 'Health and care: nursing, care work and health services.',
  'hotel-restaurant-tourism': 'Hospitality, catering and tourism.',
  business: 'Business, entrepreneurship and management.',
  media: 'Media, journalism and audiovisual production.',
} as const;

export type TopicSlug = keyof typeof TOPICS;
export const TOPIC_SLUGS = Object.keys(TOPICS) as TopicSlug[];
export const isTopicSlug = (s: string): s is TopicSlug => Object.hasOwn(TOPICS, s);

/**
 * The ISCED-F 2013 codes the vocabulary files label: the 11 broad (2-digit), 29 narrow (3-digit) and 80 detailed
 * (4-digit) fields. The "not further defined" (…0), inter-disciplinary (…8) and "not elsewhere classified" (…9)
 * codes display by their nearest labelled ancestor and the code ("Języki · 0230").
 */
export const LABELLED_FIELDS = (
  '00 001 0011 002 0021 003 0031 ' +
  '01 011 0111 0112 0113 0114 ' +
  '02 021 0211 0212 0213 0214 0215 022 0221 0222 0223 023 0231 0232 ' +
  '03 031 0311 0312 0313 0314 032 0321 0322 ' +
  '04 041 0411 0412 0413 0414 0415 0416 0417 042 0421 ' +
  '05 051 0511 0512 052 0521 0522 053 0531 0532 0533 054 0541 0542 ' +
  '06 061 0611 0612 0613 ' +
  '07 071 0711 0712 0713 0714 0715 0716 072 0721 0722 0723 0724 073 0731 0732 ' +
  '08 081 0811 0812 082 0821 083 0831 084 0841 ' +
  '09 091 0911 0912 0913 0914 0915 0916 0917 092 0921 0922 0923 ' +
  '10 101 1011 1012 1013 1014 1015 102 1021 1022 103 1031 1032 104 1041'
).split(' ') as readonly string[];

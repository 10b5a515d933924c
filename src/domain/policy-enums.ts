import { defineEnum } from './enum.ts';

export const policyStatus = defineEnum('status', {
  Active: { en: 'Active', zh: '现行', ja: '施行中', aliases: ['in force', 'current', 'effective', '有效', '生效'] },
  Planned: { en: 'Planned', zh: '计划中', ja: '計画中', aliases: ['upcoming', 'under development', 'awarded'] },
  Proposed: {
    en: 'Proposed',
    zh: '拟议',
    ja: '提案中',
    aliases: ['draft for public comment', 'policy principles adopted', 'consultation', '征求意见'],
  },
  Superseded: { en: 'Superseded', zh: '已被取代', ja: '改定済み', aliases: ['replaced'] },
  Repealed: { en: 'Repealed', zh: '已废止', ja: '廃止', aliases: ['revoked', 'abolished'] },
  Expired: { en: 'Expired', zh: '已到期', ja: '失効', aliases: ['lapsed', 'ended'] },
});
export type PolicyStatus = (typeof policyStatus.values)[number];

export const policyCategory = defineEnum('category', {
  Regulatory: {
    en: 'Regulatory',
    zh: '法律监管',
    ja: '規制',
    aliases: ['regulatory framework', 'regulation', 'statutory', 'legal', '监管'],
  },
  Incentive: {
    en: 'Incentive',
    zh: '经济激励',
    ja: '経済的インセンティブ',
    aliases: ['economic incentive', 'tax incentives', 'tax incentive', 'subsidy', 'funding', 'financial incentive'],
  },
  Market: { en: 'Market', zh: '市场机制', ja: '市場メカニズム', aliases: ['market mechanism', 'carbon market'] },
  Strategic: {
    en: 'Strategic',
    zh: '战略规划',
    ja: '戦略',
    aliases: ['strategy', 'strategic plan', 'roadmap', 'strategic guidance'],
  },
  Technical: { en: 'Technical', zh: '技术标准', ja: '技術基準', aliases: ['technical standard', 'standard'] },
  Methodology: {
    en: 'Methodology',
    zh: '核算方法',
    ja: '算定方法',
    aliases: ['accounting methodology', 'mrv methodology'],
  },
});
export type PolicyCategory = (typeof policyCategory.values)[number];

export const legalWeight = defineEnum('legal weight', {
  'Primary Legislation': {
    en: 'Primary legislation',
    zh: '法律',
    ja: '法律',
    aliases: ['law', 'act', 'act of parliament', 'statute', 'federal tax legislation', 'eu regulation'],
  },
  'Administrative Regulation': {
    en: 'Administrative regulation',
    zh: '行政法规',
    ja: '政令・省令',
    aliases: ['regulation', 'decree', 'presidential decree', 'federal decree', 'ordinance'],
  },
  'Departmental Rules': {
    en: 'Departmental rules',
    zh: '部门规章',
    ja: '省令・告示',
    aliases: ['departmental rule', 'departmental circular', 'ministerial order'],
  },
  'Regulatory Directive': {
    en: 'Regulatory directive',
    zh: '监管指令',
    ja: '規制指令',
    aliases: ['directive', 'eu directive'],
  },
  'Technical Standard': {
    en: 'Technical standard',
    zh: '技术标准',
    ja: '技術基準',
    aliases: ['standard', 'national recommended standards', 'voluntary standard'],
  },
  'Strategic Guidance': {
    en: 'Strategic guidance',
    zh: '战略指导',
    ja: '戦略指針',
    aliases: ['national strategy', 'policy roadmap', 'draft strategy', 'national guidance', 'strategic technology roadmap'],
  },
  'Guideline/Policy': {
    en: 'Guideline or policy',
    zh: '指南/政策',
    ja: 'ガイドライン・政策',
    aliases: ['guideline', 'guidelines', 'policy', 'guideline policy'],
  },
  'Funding Programme': {
    en: 'Funding programme',
    zh: '资助计划',
    ja: '補助・支援制度',
    aliases: ['eu funding programme', 'state aid scheme', 'fiscal incentive', 'funding program'],
  },
  'International Agreement': {
    en: 'International agreement',
    zh: '国际条约',
    ja: '国際条約',
    aliases: ['treaty', 'international treaty', 'protocol', 'convention'],
  },
  'Proposed Legislation': {
    en: 'Proposed legislation',
    zh: '立法草案',
    ja: '法案',
    aliases: ['bill', 'draft law'],
  },
});
export type LegalWeight = (typeof legalWeight.values)[number];

export const policyScope = defineEnum('scope', {
  International: { en: 'International', zh: '国际', ja: '国際', aliases: ['global', 'multilateral'] },
  Supranational: { en: 'Supranational', zh: '超国家', ja: '超国家', aliases: ['regional bloc', 'eu-wide', 'eu wide'] },
  National: { en: 'National', zh: '国家', ja: '国', aliases: ['nationwide', 'federal', '全国'] },
  Subnational: {
    en: 'Subnational',
    zh: '地方',
    ja: '地方',
    aliases: ['state', 'provincial', 'regional', 'state-level', 'province'],
  },
  Project: { en: 'Project', zh: '项目', ja: 'プロジェクト', aliases: ['project-specific', 'site'] },
});
export type PolicyScope = (typeof policyScope.values)[number];

export const reviewStatus = defineEnum('review status', {
  draft: { en: 'Draft (not reviewed)', zh: '草稿（未审核）', ja: '下書き（未レビュー）', aliases: ['unreviewed', 'pending'] },
  in_review: { en: 'In review', zh: '审核中', ja: 'レビュー中', aliases: ['in review', 'under review', 'submitted'] },
  verified: { en: 'Verified', zh: '已核实', ja: '検証済み', aliases: ['reviewed', 'approved'] },
  needs_update: {
    en: 'Needs update',
    zh: '需更新',
    ja: '要更新',
    aliases: ['stale', 'outdated', 'needs revision'],
  },
});
export type ReviewStatus = (typeof reviewStatus.values)[number];

export const analysisDimension = defineEnum('analysis dimension', {
  incentive: { en: 'Incentive', zh: '激励', ja: 'インセンティブ', aliases: ['financial'] },
  statutory: { en: 'Statutory', zh: '法定', ja: '法的基盤', aliases: ['legal'] },
  market: { en: 'Market', zh: '市场', ja: '市場' },
  strategic: { en: 'Strategic', zh: '战略', ja: '戦略' },
  mrv: { en: 'MRV', zh: '监测核查', ja: 'MRV', aliases: ['monitoring', 'monitoring reporting verification'] },
});
export type AnalysisDimension = (typeof analysisDimension.values)[number];

export const sector = defineEnum('sector', {
  power: { en: 'Power', zh: '电力', ja: '電力', aliases: ['electricity', 'power generation'] },
  cement: { en: 'Cement', zh: '水泥', ja: 'セメント' },
  steel: { en: 'Iron and steel', zh: '钢铁', ja: '鉄鋼', aliases: ['iron and steel', 'iron & steel'] },
  chemicals: { en: 'Chemicals', zh: '化工', ja: '化学', aliases: ['chemical', 'petrochemicals'] },
  refining: { en: 'Refining', zh: '炼油', ja: '石油精製', aliases: ['oil refining'] },
  hydrogen: { en: 'Hydrogen and ammonia', zh: '氢与氨', ja: '水素・アンモニア', aliases: ['ammonia', 'hydrogen'] },
  natural_gas: { en: 'Natural gas processing', zh: '天然气处理', ja: '天然ガス処理', aliases: ['natural gas', 'gas processing', 'lng'] },
  waste: { en: 'Waste to energy', zh: '垃圾焚烧发电', ja: '廃棄物発電', aliases: ['waste to energy', 'waste-to-energy', 'waste'] },
  bioenergy: { en: 'Bioenergy (BECCS)', zh: '生物质能', ja: 'バイオエネルギー', aliases: ['beccs', 'biomass', 'bioethanol'] },
  dac: { en: 'Direct air capture', zh: '直接空气捕集', ja: '直接空気回収', aliases: ['direct air capture', 'dacs'] },
  industry: { en: 'Other industry', zh: '其他工业', ja: 'その他産業', aliases: ['other industry', 'industrial'] },
  transport_storage: {
    en: 'CO2 transport and storage',
    zh: '二氧化碳运输与封存',
    ja: 'CO2輸送・貯留',
    aliases: ['transport and storage', 't&s', 'storage'],
  },
});
export type Sector = (typeof sector.values)[number];

import { defineEnum } from './enum.ts';

/** What part of the CCUS chain a project covers. */
export const facilityType = defineEnum('facility type', {
  capture: { en: 'Capture', zh: '捕集', ja: '回収', aliases: ['carbon capture', '碳捕集'] },
  transport: { en: 'Transport', zh: '运输', ja: '輸送', aliases: ['co2 transport'] },
  storage: { en: 'Storage', zh: '封存', ja: '貯留', aliases: ['co2 storage', 'geological storage'] },
  transport_storage: {
    en: 'Transport and storage',
    zh: '运输与封存',
    ja: '輸送・貯留',
    aliases: ['t&s', 't & s', 'transport & storage', 'transport and storage'],
  },
  full_chain: { en: 'Full chain', zh: '全链条', ja: 'フルチェーン', aliases: ['full chain', 'integrated'] },
  utilisation: {
    en: 'Utilisation',
    zh: '利用',
    ja: '利用',
    aliases: ['ccu', 'utilization', 'use', 'carbon capture and utilisation'],
  },
});
export type FacilityType = (typeof facilityType.values)[number];

/** Where a project stands. Pipeline and committed capacity are defined over these in src/analysis/capacity.ts. */
export const facilityStatus = defineEnum('facility status', {
  operational: {
    en: 'Operational',
    zh: '运营中',
    ja: '稼働中',
    aliases: ['operating', 'in operation', '运行中'],
  },
  under_construction: {
    en: 'Under construction',
    zh: '在建',
    ja: '建設中',
    aliases: ['construction', 'in construction', '建设中'],
  },
  planned: {
    en: 'Planned',
    zh: '计划中',
    ja: '計画中',
    aliases: ['announced', 'development', 'in development'],
  },
  suspended: { en: 'Suspended', zh: '暂停', ja: '中断', aliases: ['on hold', 'paused', '已暂停'] },
  cancelled: { en: 'Cancelled', zh: '已取消', ja: '中止', aliases: ['canceled', 'abandoned', '取消'] },
  decommissioned: { en: 'Decommissioned', zh: '已退役', ja: '廃止', aliases: ['closed', 'retired', '退役'] },
});
export type FacilityStatus = (typeof facilityStatus.values)[number];

/** The emitting sector (capture projects) or the chain role (transport and storage projects). */
export const facilitySector = defineEnum('facility sector', {
  power_heat: {
    en: 'Power and heat',
    zh: '电力与供热',
    ja: '電力・熱',
    aliases: ['power', 'power generation'],
  },
  hydrogen_ammonia: {
    en: 'Hydrogen or ammonia',
    zh: '氢或氨',
    ja: '水素・アンモニア',
    aliases: ['hydrogen', 'ammonia', 'hydrogen and ammonia'],
  },
  biofuels: { en: 'Biofuels', zh: '生物燃料', ja: 'バイオ燃料', aliases: ['bioethanol', 'bioenergy'] },
  other_fuel_transformation: {
    en: 'Other fuel transformation',
    zh: '其他燃料转换',
    ja: 'その他燃料転換',
    aliases: ['refining', 'fuel transformation'],
  },
  dac: { en: 'Direct air capture', zh: '直接空气捕集', ja: '直接空気回収', aliases: ['dac', 'dacs'] },
  cement: { en: 'Cement', zh: '水泥', ja: 'セメント' },
  natural_gas: {
    en: 'Natural gas processing and LNG',
    zh: '天然气处理与液化天然气',
    ja: '天然ガス処理・LNG',
    aliases: ['natural gas processing/lng', 'natural gas processing', 'lng', 'gas processing'],
  },
  chemicals: { en: 'Chemicals', zh: '化工', ja: '化学', aliases: ['chemical'] },
  steel: { en: 'Iron and steel', zh: '钢铁', ja: '鉄鋼', aliases: ['iron & steel', 'steel'] },
  other_industry: { en: 'Other industry', zh: '其他工业', ja: 'その他産業' },
  transport_storage: {
    en: 'CO2 transport and storage',
    zh: '二氧化碳运输与封存',
    ja: 'CO2輸送・貯留',
    aliases: ['t&s', 'storage', 'transport', 'co2 transport and storage'],
  },
});
export type FacilitySector = (typeof facilitySector.values)[number];

/** What happens to the captured CO2, as the source reports it. */
export const carbonFate = defineEnum('fate of carbon', {
  dedicated_storage: {
    en: 'Dedicated storage',
    zh: '专用封存',
    ja: '専用貯留',
    aliases: ['storage', '永久封存'],
  },
  eor: { en: 'Enhanced oil recovery', zh: '驱油（EOR）', ja: '石油増進回収（EOR）', aliases: ['eor'] },
  use: { en: 'Use', zh: '利用', ja: '利用', aliases: ['utilisation', 'utilization'] },
  eor_and_use: { en: 'EOR and use', zh: '驱油与利用', ja: 'EORと利用' },
  eor_and_storage: { en: 'EOR and storage', zh: '驱油与封存', ja: 'EORと貯留' },
  use_and_storage: { en: 'Use and storage', zh: '利用与封存', ja: '利用と貯留' },
  use_low_impact: {
    en: 'Use (low impact)',
    zh: '利用（低影响）',
    ja: '利用（低影響）',
    aliases: ['use low impact'],
  },
  vented: { en: 'Vented', zh: '排空', ja: '大気放出' },
  unspecified: {
    en: 'Unknown or unspecified',
    zh: '未知或未说明',
    ja: '不明・未記載',
    aliases: ['unknown/unspecified', 'unknown', 'unspecified'],
  },
});
export type CarbonFate = (typeof carbonFate.values)[number];

/** World regions as the IEA CCUS Projects Database groups countries. */
export const worldRegion = defineEnum('region', {
  north_america: { en: 'North America', zh: '北美', ja: '北米' },
  central_south_america: {
    en: 'Central and South America',
    zh: '中南美洲',
    ja: '中南米',
    aliases: ['latin america', 'south america'],
  },
  europe: { en: 'Europe', zh: '欧洲', ja: '欧州' },
  eurasia: { en: 'Eurasia', zh: '欧亚', ja: 'ユーラシア' },
  middle_east: { en: 'Middle East', zh: '中东', ja: '中東' },
  africa: { en: 'Africa', zh: '非洲', ja: 'アフリカ' },
  australia_nz: {
    en: 'Australia and New Zealand',
    zh: '澳大利亚和新西兰',
    ja: 'オーストラリア・ニュージーランド',
    aliases: ['oceania'],
  },
  asia_pacific: {
    en: 'Other Asia Pacific',
    zh: '其他亚太地区',
    ja: 'その他アジア太平洋',
    aliases: ['asia pacific', 'asia'],
  },
});
export type WorldRegion = (typeof worldRegion.values)[number];

/** How precisely a facility's coordinates place it. */
export const locationPrecision = defineEnum('location precision', {
  exact: { en: 'Exact site', zh: '精确位置', ja: '正確な位置', aliases: ['site', 'point'] },
  state: { en: 'State or province', zh: '州/省级', ja: '州・県レベル', aliases: ['province', 'region'] },
  country: { en: 'Country only', zh: '仅国家级', ja: '国レベルのみ', aliases: ['national'] },
});
export type LocationPrecision = (typeof locationPrecision.values)[number];

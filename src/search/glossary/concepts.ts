/**
 * The curated CCS glossary, one concept a line: `id | ja terms | zh terms | en terms`, variants
 * separated by `/`, the first term of each language being the preferred one. Kept as text so a
 * reviewer reads it like a table; `glossary.ts` parses and checks it (a test fails on a concept
 * missing a language or a term claimed by two concepts).
 */
export const GLOSSARY_SOURCE = `
ccs | CCS/二酸化炭素回収・貯留/二酸化炭素の回収・貯留 | CCS/碳捕集与封存/二氧化碳捕集与封存 | carbon capture and storage/CCS
ccus | CCUS/二酸化炭素回収・利用・貯留 | CCUS/碳捕集利用与封存 | carbon capture, utilisation and storage/carbon capture utilization and storage/CCUS
ccu | CCU/二酸化炭素回収・利用/カーボンリサイクル | CCU/碳捕集与利用/二氧化碳利用 | carbon capture and utilisation/carbon capture and utilization/CCU/carbon recycling
capture | 分離回収/回収/CO2回収 | 分离捕集/捕集/碳捕集/二氧化碳捕集 | capture/carbon capture/CO2 capture
capture-cost | 分離回収コスト | 捕集成本/分离捕集成本 | capture cost
capture-operator | 分離回収事業者 | 捕集运营商/分离捕集企业 | capture operator/capture company/capture project
transport | 輸送 | 运输 | transport/transportation
storage | 貯留/地中貯留 | 封存/地质封存 | storage/geological storage
geological-storage-site | 貯留地/貯留適地/貯留候補地 | 封存地/封存场地 | storage site
storage-operator | 貯留事業者 | 封存运营商 | storage operator
ts-operator | 輸送貯留事業者 | 运输封存运营商/运输与封存企业 | transport and storage operator/T&S operator
ts-fee | 輸送貯留料金/輸送貯留料 | 运输封存费/运输与封存费/运输封存费用 | transport and storage fee/T&S fee/transport and storage tariff
ts-cost | 輸送貯留コスト | 运输封存成本 | transport and storage cost
strike-price | 基準価格 | 基准价格/执行价格 | strike price/base price
reference-price | 参照価格 | 参考价格/参照价格 | reference price
carbon-price | 炭素価格/カーボンプライス | 碳价格/碳价 | carbon price
carbon-pricing | カーボンプライシング | 碳定价 | carbon pricing
cost-difference | コスト差/価格差 | 成本差/价差 | cost difference/price gap
cfd | 価格差支援/差額決済契約/コスト差に着目した支援 | 差价合约/价差支持 | contract for difference/CfD/contracts for difference
ccs-cost-difference-support | CCSコスト差支援措置/CCSコスト差支援 | CCS成本差支持措施 | CCS cost-difference support
auction | オークション/入札 | 拍卖/竞拍/招标 | auction/tender/competitive bidding
price-cap | 上限価格 | 上限价格/最高限价 | price cap/ceiling price/maximum price
bid | 応札/入札価格 | 投标/报价 | bid/bid price
cross-chain-risk | クロスチェーンリスク/プロジェクト間の連鎖的リスク | 跨链风险/链间风险 | cross-chain risk
force-majeure | 不可抗力/不可抗力事由 | 不可抗力/不可抗力事件 | force majeure
quasi-force-majeure | 不可抗力に準ずる事由 | 准不可抗力事件 | events equivalent to force majeure/quasi force majeure
leakage | 漏えい/漏洩/CO2漏えい | 泄漏/二氧化碳泄漏 | leakage/CO2 leakage/leak
leakage-risk | 漏えいリスク | 泄漏风险 | leakage risk
monitoring | モニタリング | 监测 | monitoring
mmv | 貯留後モニタリング | 封存后监测 | post-injection monitoring/post-closure monitoring
mrv | 測定・報告・検証/MRV | 监测报告核查/MRV | measurement, reporting and verification/MRV
injection | 圧入/注入 | 注入/回注 | injection
injection-well | 圧入井 | 注入井 | injection well
well-abandonment | 廃坑/坑井封鎖 | 弃井/封井 | well abandonment/well plugging
closure | 閉鎖/事業廃止 | 关闭/封场 | closure/decommissioning
closure-cost | 閉鎖コスト | 关闭成本 | closure cost/decommissioning cost
liability-transfer | 管理業務の移管/JOGMECへの移管 | 责任转移 | liability transfer/transfer of responsibility
financial-security | 資金確保措置/引当金 | 财务担保/准备金 | financial security/financial provision
contribution | 拠出金 | 缴款/出资 | contribution payment
capex | CAPEX/設備投資/初期費 | 资本支出/CAPEX | capital expenditure/capex
opex | OPEX/運転費/操業費 | 运营支出/OPEX | operating expenditure/opex
maintenance-cost | メンテナンス費 | 维护费用 | maintenance cost
labour-cost | 人件費 | 人工成本/人力成本 | labour cost/labor cost
insurance | 保険/保険料 | 保险/保险费 | insurance/insurance premium
insurer-of-last-resort | 最後の手段の保険者 | 最后保险人 | insurer of last resort
government-support-package | GSP | 政府支持方案 | government support package/GSP
irr | IRR/内部収益率 | 内部收益率/IRR | internal rate of return/IRR
interest | 利息 | 利息 | interest
epc | EPC/EPCコスト | EPC/设计采购施工 | engineering, procurement and construction/EPC
cost-overrun | 上振れ/コスト超過 | 成本超支 | cost overrun
contingency | 予備費 | 预备费/不可预见费 | contingency
indexation | 自動調整/物価上昇/物価変動 | 指数化调整/价格调整 | indexation/price adjustment
benchmark-price | ベンチマーク価格 | 基准指数价格 | benchmark price
exchange-rate | 為替変動/為替 | 汇率波动/汇率 | exchange rate/currency fluctuation
electricity-cost | 電気代/電力料金 | 电费 | electricity cost/power price
fuel-cost | 燃料費/燃料代 | 燃料费 | fuel cost
energy-cost | エネルギーコスト | 能源成本 | energy cost
support-period | 支援期間 | 支持期限/支持期 | support period
support-extension | 支援期間の延長 | 支持期延长 | extension of the support period
obligation-period | 義務期間/事業継続義務 | 义务期/持续运营义务 | obligation period/continuation obligation
clawback | 返還/支援の返還 | 返还/追回 | clawback/repayment/return of support
termination | 打ち切り/支援の打ち切り | 终止支持 | termination of support
advance-payment | 先行的な支援/先払い | 预付/提前支付 | advance payment/upfront support
subsidy | 補助金/補助 | 补贴/补助 | subsidy/grant
subsidy-rate | 補助率 | 补贴率 | subsidy rate/aid intensity
direct-subsidy | 直接補助 | 直接补贴 | direct subsidy/direct grant
tax-credit | 税額控除 | 税收抵免 | tax credit
45q | 45Q | 45Q | 45Q/section 45Q
ira | インフレ抑制法/IRA | 通胀削减法案/IRA | Inflation Reduction Act/IRA
iija | インフラ投資・雇用法 | 基础设施投资和就业法案 | Infrastructure Investment and Jobs Act/bipartisan infrastructure law
carbon-tax | 炭素税 | 碳税 | carbon tax
ets | 排出量取引制度/排出量取引 | 碳排放权交易/排放交易体系 | emissions trading system/emissions trading scheme/ETS
eu-ets | EU-ETS/EU ETS | 欧盟碳市场/欧盟排放交易体系 | EU ETS/EU Emissions Trading System
uk-ets | UK-ETS/UK ETS | 英国碳市场 | UK ETS
gx-ets | GX-ETS | GX-ETS/日本GX排放交易 | GX-ETS/GX emissions trading
paid-auction | 有償オークション | 有偿拍卖 | paid allocation auction/auctioning of allowances
gx | GX/グリーントランスフォーメーション | 绿色转型/GX | green transformation/GX
gx-strategy | 脱炭素成長型経済構造移行推進戦略/GX推進戦略 | GX推进战略 | GX promotion strategy
energy-plan | エネルギー基本計画/第7次エネルギー基本計画 | 能源基本计划 | strategic energy plan
ccs-act | CCS事業法/二酸化炭素の貯留事業に関する法律 | CCS事业法/二氧化碳封存事业法 | CCS Business Act/Act on Carbon Dioxide Storage Business
london-protocol | ロンドン議定書 | 伦敦议定书 | London Protocol
cross-border-transport | 越境輸送/越境CO2輸送 | 跨境运输/跨境二氧化碳运输 | cross-border transport/cross-border CO2 transport
bilateral-agreement | 二国間取決め | 双边协议 | bilateral agreement/bilateral arrangement
carbon-accounting | カーボンアカウンティング/越境カーボンアカウンティング | 碳核算 | carbon accounting
ship-transport | 船舶輸送 | 船舶运输/船运 | ship transport/shipping
lco2 | 液化CO2/液化二酸化炭素 | 液化二氧化碳/液态二氧化碳 | liquefied CO2/LCO2
lco2-carrier | 液化CO2船 | 液化二氧化碳运输船 | liquefied CO2 carrier/LCO2 carrier/CO2 ship
pipeline | パイプライン | 管道 | pipeline
pipeline-project | パイプライン案件 | 管道项目 | pipeline project
hub-cluster | ハブ/クラスター/集積 | 枢纽/集群 | hub/cluster
aggregator | アグリゲーター | 聚合商 | aggregator
value-chain | バリューチェーン/CCSバリューチェーン | 价值链/CCS价值链 | value chain/CCS value chain
emitter | 排出事業者/排出者/排出源 | 排放企业/排放源 | emitter/emission source
hard-to-abate | 脱炭素化が難しい分野/排出削減困難 | 难减排行业 | hard-to-abate sectors
steel | 鉄鋼/鉄 | 钢铁 | steel/iron and steel
cement | セメント | 水泥 | cement
chemicals | 化学 | 化工/化学工业 | chemicals/chemical industry
refining | 石油精製 | 炼油/石油炼制 | oil refining/refining
paper-pulp | 紙・パルプ | 造纸/纸浆 | pulp and paper
power-sector | 電力分野/発電事業者/発電所 | 电力行业/发电企业 | power sector/power generation
thermal-ccs | CCS付火力/CCS付火力発電 | 带CCS的火电/火电加CCS | thermal power with CCS/fossil power with CCS
ldes-auction | 長期脱炭素電源オークション | 长期脱碳电源拍卖 | long-term decarbonisation power auction/long-term decarbonization power source auction
synthetic-fuel | 合成燃料/e-fuel | 合成燃料 | synthetic fuel/e-fuel
methanation | メタネーション | 甲烷化 | methanation
hydrogen | 水素 | 氢/氢能 | hydrogen
electrification | 電化 | 电气化 | electrification
decarbonisation | 脱炭素/脱炭素化 | 脱碳/去碳化 | decarbonisation/decarbonization
carbon-neutrality | カーボンニュートラル | 碳中和 | carbon neutrality/net zero
negative-emissions | ネガティブエミッション | 负排放 | negative emissions
dac | DAC/直接空気回収 | 直接空气捕集/DAC | direct air capture/DAC
beccs | BECCS | 生物质能碳捕集与封存/BECCS | bioenergy with carbon capture and storage/BECCS
eor | EOR/石油増進回収 | 提高石油采收率/驱油 | enhanced oil recovery/EOR
depleted-field | 枯渇油田ガス田/枯渇ガス田 | 枯竭油气田 | depleted oil and gas field/depleted reservoir
saline-aquifer | 塩水帯水層/帯水層 | 咸水层 | saline aquifer
storage-capacity | 貯留容量/貯留ポテンシャル | 封存容量/封存潜力 | storage capacity/storage potential
storage-volume | 貯留量/年間貯留量 | 封存量 | stored volume/storage volume
subsurface-uncertainty | 地下の不確実性/地下に関する不確実性リスク | 地下不确定性 | subsurface uncertainty
reservoir | 貯留層 | 储层 | reservoir/storage reservoir
caprock | 遮蔽層/キャップロック | 盖层 | caprock/seal
seismic-survey | 弾性波探査 | 地震勘探 | seismic survey
exploration | 探査/試掘 | 勘探/试钻 | exploration/appraisal drilling
specified-area | 特定区域 | 特定区域 | designated area/specified area
permit | 許可/許可制度 | 许可/许可制度 | permit/licence/license
tomakomai | 苫小牧/苫小牧市 | 苫小牧 | Tomakomai
advanced-ccs | 先進的CCS事業 | 先进CCS项目 | advanced CCS projects/JOGMEC advanced CCS
jogmec | JOGMEC/エネルギー・金属鉱物資源機構 | 日本能源金属矿物资源机构/JOGMEC | JOGMEC/Japan Organization for Metals and Energy Security
meti | 経済産業省 | 经济产业省 | METI/Ministry of Economy, Trade and Industry
anre | 資源エネルギー庁 | 资源能源厅 | Agency for Natural Resources and Energy
council | 総合資源エネルギー調査会/審議会 | 综合资源能源调查会/审议会 | Advisory Committee for Natural Resources and Energy/advisory council
working-group | ワーキンググループ/WG | 工作组 | working group
interim-report | 中間整理 | 中期整理/中期报告 | interim report/interim summary
roadmap | ロードマップ/CCS長期ロードマップ | 路线图 | roadmap
fid | 最終投資決定/FID/投資決定 | 最终投资决定/FID | final investment decision/FID
project-finance | プロジェクトファイナンス | 项目融资 | project finance
sustainable-finance | サステナブルファイナンス | 可持续金融 | sustainable finance
risk-allocation | リスク分担/リスクアロケーション | 风险分担/风险分配 | risk allocation/risk sharing
risk-transfer | リスク移転/リスク転嫁 | 风险转移 | risk transfer
backstop | バックストップ/政府保護 | 政府兜底/托底 | backstop/government backstop
country-risk | カントリーリスク | 国别风险 | country risk
construction-risk | 建設リスク | 建设风险 | construction risk
operational-risk | 運営リスク | 运营风险 | operational risk
commercial-risk | 商業リスク | 商业风险 | commercial risk
stranded-asset | 座礁資産/資産座礁リスク | 搁浅资产 | stranded asset
volume-risk | 利用低迷リスク/需要リスク | 需求风险/使用不足风险 | volume risk/demand risk/under-utilisation risk
outage | 停止/事業停止/一時的な停止 | 停运/中断 | outage/interruption
supply-interruption | 供給途絶/CO2供給途絶 | 供应中断 | supply interruption/CO2 supply interruption
storage-outage | 輸送貯留停止/貯留停止 | 运输封存中断/封存中断 | storage outage/T&S outage
fault | 帰責性/責めに帰す | 过错/可归责 | fault/attributable fault
damages | 損害賠償/違約金 | 损害赔偿/违约金 | damages/liquidated damages/penalty
contracted-volume | 合意数量 | 约定量/合同量 | contracted volume/agreed quantity
delivery-obligation | 引渡義務/引渡量 | 交付义务/交付量 | delivery obligation/delivered volume
offtake-obligation | 引取/引取貯留 | 接收义务 | offtake obligation/acceptance obligation
ts-contract | CO2輸送貯留契約/輸送貯留契約 | 运输封存合同 | transport and storage agreement/T&S contract
comprehensive-evaluation | 総合評価 | 综合评价/综合评估 | comprehensive evaluation/overall assessment
eligibility | 支援対象/補助対象事業者 | 支持对象/补贴对象 | eligibility/eligible project
selection | 選定/採択 | 遴选/入选 | selection/award
phased-scale-up | 段階的に貯留量を増やす/段階的な貯留量増加 | 分阶段扩大封存量 | phased scale-up
weighted-average | 加重平均 | 加权平均 | weighted average
economies-of-scale | スケールメリット | 规模经济 | economies of scale
cost-reduction | コスト低減/コスト削減/コストダウン | 降本/成本降低 | cost reduction
self-sufficiency | 自立化/自立 | 自立/商业化独立 | commercial self-sufficiency/subsidy independence
competition | 事業者間競争/競争 | 竞争 | competition
transparency | 透明性 | 透明度 | transparency
rab | 総括原価方式/RAB | 受监管资产基础/RAB | regulated asset base/RAB/cost-of-service regulation
regulator | 規制当局 | 监管机构 | regulator
iccbm | ICCBM/産業CO2分離回収事業者支援 | 工业碳捕集商业模式 | Industrial Carbon Capture business model/ICCBM/ICC contract
tri | TRI/輸送貯留事業者支援 | 运输封存监管投资 | Transport and Storage Regulatory Investment/TRI
sde | SDE++ | SDE++ | SDE++/Stimulation of Sustainable Energy Production and Climate Transition
longship | Longship/Northern Lights/ロングシップ | 长船项目/北极光项目 | Longship/Northern Lights
green-procurement | 公共調達/グリーン製品 | 绿色采购/绿色产品 | green public procurement/green products
price-pass-through | 価格転嫁 | 价格传导 | cost pass-through/price pass-through
shk | SHK制度/温室効果ガス排出量算定・報告・公表制度 | 温室气体排放核算报告制度 | GHG accounting and reporting scheme/SHK
greenhouse-gas | 温室効果ガス/GHG | 温室气体 | greenhouse gas/GHG
co2 | 二酸化炭素/CO2 | 二氧化碳/CO2 | carbon dioxide/CO2
emissions-reduction | 排出削減/削減対策 | 减排 | emissions reduction/abatement
abatement-cost | CO2対策コスト/対策費用 | 减排成本 | abatement cost/CO2 compliance cost
energy-security | エネルギー安定供給/エネルギー安全保障 | 能源安全/能源稳定供应 | energy security
geopolitical-risk | 地政学的リスク | 地缘政治风险 | geopolitical risk
international-competitiveness | 国際競争力 | 国际竞争力 | international competitiveness
asia-pacific | アジア大洋州/アジア太平洋 | 亚太 | Asia-Pacific
regional-employment | 地域雇用 | 地区就业 | local employment
worker-safety | 労働者の安全 | 工人安全 | worker safety
social-acceptance | 社会受容性/地域の理解/貯留先の理解 | 社会接受度 | public acceptance/social licence
grant-guidelines | 補助金交付要綱/交付要綱 | 补贴发放纲要 | grant guidelines/grant conditions
ship-standardisation | 仕様共通化/共通化 | 规格统一/标准化 | standardisation/specification harmonisation
demonstration | 実証/実証試験 | 示范/示范试验 | demonstration/pilot
chemical-absorption | 化学吸収法 | 化学吸收法 | chemical absorption
physical-absorption | 物理吸収法 | 物理吸收法 | physical absorption
solid-sorbent | 固体吸収法 | 固体吸附法 | solid sorbent
fibre-optic | 光ファイバー計測 | 光纤监测 | fibre-optic monitoring
`;

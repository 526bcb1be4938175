// English and Japanese UI text. The choice is kept in localStorage and set on <html lang>.
// Data (competence and role titles, programme names) is shown as the datasets hold it.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

export type Lang = 'en' | 'ja';
export const LANG_KEY = 'csg.lang';

const en = {
  'app.title': 'CyberSkillsGraph',
  'app.tagline': 'Cybersecurity skills gaps in the EU and Japan',
  'app.skip': 'Skip to content',
  'app.illustrative': 'The training catalogue and demand figures of the seed data are illustrative.',
  'nav.label': 'Main',
  'nav.dashboard': 'Gap dashboard',
  'nav.learningPath': 'Learning path',
  'nav.coverage': 'Framework coverage',
  'nav.provider': 'Providers',
  'nav.graphiql': 'GraphiQL',
  'lang.label': 'Language',
  'common.loading': 'Loading…',
  'common.error': 'Could not load the data:',
  'common.retry': 'Try again',
  'common.yes': 'yes',
  'common.no': 'no',
  'common.none': 'None.',
  'common.hours': '{n} h',
  'common.notFound': 'There is no page at this address.',
  'common.home': 'Go to the dashboard',

  'dash.heading': 'Skill gaps',
  'dash.intro': 'Openings of the demanded roles, expanded into competences at a level, against the seats of programmes that fully teach them.',
  'dash.region': 'Region',
  'dash.year': 'Year',
  'dash.totals': 'Totals',
  'dash.noRows': 'No demand is recorded for this region and year.',
  'totals.openings': 'Openings',
  'totals.missing': 'Missing',
  'totals.shortage': 'Shortage',
  'totals.covered': 'Covered',
  'status.MISSING': 'Missing',
  'status.SHORTAGE': 'Shortage',
  'status.COVERED': 'Covered',
  'status.NODEMAND': 'No demand',
  'heat.heading': 'Heat map of gaps by competence and region',
  'heat.caption': 'Each cell shows the gap (openings minus seats). Colour shows the status; the darker the red, the larger the share of demand left unmet.',
  'heat.competence': 'Competence @ level',
  'heat.showAll': 'Show all {n} rows',
  'heat.showTop': 'Show only the top {n}',
  'heat.cell': '{region}, {competence} level {level}: {status}, demand {demand}, supply {supply}, gap {gap}',
  'heat.cellNone': '{region}, {competence} level {level}: no demand',
  'heat.legend': 'Legend',
  'bars.heading': 'Largest gaps',
  'bars.caption': 'Ranked by gap; the filled part is the supply.',
  'bars.item': '{competence} level {level}: gap {gap} (demand {demand}, supply {supply})',
  'gap.demand': 'Demand',
  'gap.supply': 'Supply',
  'gap.partialSupply': 'Partial supply',
  'gap.gap': 'Gap',
  'gap.coverage': 'Coverage',
  'gap.accessible': 'Accessible',
  'gap.status': 'Status',
  'detail.heading': '{code} {title}, level {level}',
  'detail.hint': 'Choose a row of the heat map or a bar of the chart to see which roles need it and which programmes teach it.',
  'detail.roles': 'Roles affected',
  'detail.suppliers': 'Programmes that supply it',
  'detail.partial': 'Programmes that supply it only partially',
  'detail.accessible': 'Accessible from ancestor regions (their seats count there, not here)',
  'detail.programme': 'Programme',
  'detail.provider': 'Provider',
  'detail.regions': 'Offered in',
  'detail.seats': 'Seats / year',
  'detail.teaches': 'Teaches',
  'detail.path': 'Mapping path',
  'detail.direct': 'directly',
  'detail.close': 'Close details',

  'class.EQUAL': 'Equal',
  'class.FULL': 'Full',
  'class.PARTIAL': 'Partial',
  'class.NONE': 'None',

  'lp.heading': 'Learning path',
  'lp.intro': 'Programmes a learner in a region can take, in order, to meet the requirements of a role (programmes of the region, below it and above it).',
  'lp.role': 'Role',
  'lp.unknownRole': '{role} (unknown role)',
  'lp.region': 'Region',
  'lp.steps': 'Steps',
  'lp.covers': 'Covers',
  'lp.uncovered': 'Not covered by any reachable programme',
  'lp.allCovered': 'Every requirement is covered.',
  'lp.total': 'Total: {n} hours',
  'lp.noSteps': 'No programme reachable from this region covers any requirement of this role.',
  'lp.requires': 'The role requires',

  'cov.heading': 'Framework coverage',
  'cov.intro': 'How well the target framework covers each competence and role of the source framework through approved mappings.',
  'cov.source': 'Source framework',
  'cov.target': 'Target framework',
  'cov.maxHops': 'Maximum hops',
  'cov.shares': 'Shares',
  'cov.kind.competence': 'Competences',
  'cov.kind.role': 'Roles',
  'cov.total': '{n} in all',
  'cov.graph': 'Mapping graph',
  'cov.targetEmpty': '{target} has no elements of the kinds {source} has ({kinds}), so nothing in {target} can cover them and the right-hand side is empty.',
  'cov.graphHint': 'Left: the source framework, coloured by best class; right: the target framework. Solid lines are approved mappings, dashed ones proposed (analyses ignore them).',
  'cov.graphLabel': 'Mapping graph of {source} and {target}: {nodes} elements, {edges} mappings',
  'cov.elements': 'Elements',
  'cov.element': 'Element',
  'cov.class': 'Class',
  'cov.best': 'Best target',
  'cov.hops': 'Hops',
  'cov.path': 'Path',
  'cov.noElements': 'The source framework has no competences or roles.',
  'cov.sameFramework': 'Choose two different frameworks.',
  'cov.includeProposed': 'Include proposed mappings (preview)',
  'cov.previewNotice': 'Preview: proposed mappings count as if approved. Paths marked "via proposal" show what approving them would change.',
  'cov.viaProposal': '(via proposal)',

  'prov.heading': 'Training providers',
  'prov.intro': 'Sign in with your provider account to list, register, edit and retire your programmes. Your changes count in the dashboard at once.',
  'prov.signIn': 'Sign in',
  'prov.signOut': 'Sign out',
  'prov.signedIn': 'Signed in.',
  'prov.mine': 'Your programmes',
  'prov.noneYet': 'You have no programmes yet.',
  'prov.register': 'Register a programme',
  'prov.edit': 'Edit',
  'prov.editLabel': 'Edit {title}',
  'prov.retire': 'Retire',
  'prov.retireLabel': 'Retire {title}',
  'prov.confirmRetire': 'Yes, retire it',
  'prov.cancel': 'Cancel',
  'prov.state': 'State',
  'prov.retired': 'Retired',
  'prov.offered': 'Offered',
  'prov.registered': 'Registered {id}.',
  'prov.saved': 'Saved {id}.',
  'prov.retiredDone': 'Retired {id}.',
  'prov.actions': 'Actions',
  'prov.expired': 'Your session has ended; sign in again.',

  'form.newHeading': 'Register a programme',
  'form.editHeading': 'Edit programme {id}',
  'form.title': 'Title',
  'form.regions': 'Regions where it is offered',
  'form.regionsHint': 'Region codes separated by commas, e.g. DE, EU.',
  'form.seats': 'Seats per year',
  'form.hours': 'Hours',
  'form.delivery': 'Delivery',
  'form.deliveryNone': '(not given)',
  'form.delivery.online': 'online',
  'form.delivery.classroom': 'classroom',
  'form.delivery.blended': 'blended',
  'form.language': 'Language',
  'form.languageHint': 'A language code such as en, ja or de.',
  'form.develops': 'Competences it develops',
  'form.competence': 'Competence',
  'form.level': 'Level',
  'form.addCompetence': 'Add a competence',
  'form.remove': 'Remove',
  'form.removeLabel': 'Remove competence {n}',
  'form.preparesFor': 'Prepares for roles',
  'form.preparesForHint': 'Role ids separated by commas, e.g. ECSF:PENTESTER.',
  'form.alignedWith': 'Aligned with standards',
  'form.alignedWithHint': 'Standard ids separated by commas, e.g. ISO/IEC 27001:2022.',
  'form.note': 'Note',
  'form.submitNew': 'Register',
  'form.submitEdit': 'Save changes',
  'form.back': 'Back to your programmes',
  'form.refused': 'The API refused the programme; see the messages at the fields.',
  'form.required': 'Required.',
  'form.wholeNumber': 'Enter a whole number.',
  'form.chooseCompetence': 'Choose a competence.',
  'form.conflict': 'This programme changed since you opened it. Reload it to see the current version, then reapply your change.',
  'form.reload': 'Reload the programme',
  'form.notFound': 'There is no programme {id} of yours.',
  'form.saving': 'Saving…',

  'callback.working': 'Finishing sign-in…',
  'callback.failed': 'Sign-in failed:',
  'callback.again': 'Back to the provider page',
};

export type TextKey = keyof typeof en;

const ja: Record<TextKey, string> = {
  'app.title': 'CyberSkillsGraph',
  'app.tagline': 'EU と日本のサイバーセキュリティ人材のスキルギャップ',
  'app.skip': '本文へスキップ',
  'app.illustrative': 'シードデータの研修カタログと需要の数値は例示です。',
  'nav.label': 'メイン',
  'nav.dashboard': 'ギャップ ダッシュボード',
  'nav.learningPath': '学習パス',
  'nav.coverage': 'フレームワーク対応',
  'nav.provider': '研修事業者',
  'nav.graphiql': 'GraphiQL',
  'lang.label': '言語',
  'common.loading': '読み込み中…',
  'common.error': 'データを読み込めませんでした:',
  'common.retry': '再試行',
  'common.yes': 'はい',
  'common.no': 'いいえ',
  'common.none': 'なし。',
  'common.hours': '{n} 時間',
  'common.notFound': 'このアドレスのページはありません。',
  'common.home': 'ダッシュボードへ',

  'dash.heading': 'スキルギャップ',
  'dash.intro': '需要のある職務の求人数をレベル別コンピテンスに展開し、それを完全に教える研修プログラムの定員と比較します。',
  'dash.region': '地域',
  'dash.year': '年',
  'dash.totals': '合計',
  'dash.noRows': 'この地域と年の需要は記録されていません。',
  'totals.openings': '求人数',
  'totals.missing': '欠如',
  'totals.shortage': '不足',
  'totals.covered': '充足',
  'status.MISSING': '欠如',
  'status.SHORTAGE': '不足',
  'status.COVERED': '充足',
  'status.NODEMAND': '需要なし',
  'heat.heading': 'ヒートマップ: コンピテンス × 地域のギャップ',
  'heat.caption': '各セルはギャップ(求人数 − 定員)を示します。色は状態を表し、赤が濃いほど満たされない需要の割合が大きくなります。',
  'heat.competence': 'コンピテンス @ レベル',
  'heat.showAll': '全 {n} 行を表示',
  'heat.showTop': '上位 {n} 行のみ表示',
  'heat.cell': '{region}、{competence} レベル {level}: {status}、需要 {demand}、供給 {supply}、ギャップ {gap}',
  'heat.cellNone': '{region}、{competence} レベル {level}: 需要なし',
  'heat.legend': '凡例',
  'bars.heading': '最大のギャップ',
  'bars.caption': 'ギャップの大きい順。塗りつぶし部分が供給です。',
  'bars.item': '{competence} レベル {level}: ギャップ {gap}(需要 {demand}、供給 {supply})',
  'gap.demand': '需要',
  'gap.supply': '供給',
  'gap.partialSupply': '部分供給',
  'gap.gap': 'ギャップ',
  'gap.coverage': '充足率',
  'gap.accessible': '受講可能',
  'gap.status': '状態',
  'detail.heading': '{code} {title}、レベル {level}',
  'detail.hint': 'ヒートマップの行またはグラフの棒を選ぶと、それを必要とする職務と教える研修プログラムが表示されます。',
  'detail.roles': '影響を受ける職務',
  'detail.suppliers': '供給している研修プログラム',
  'detail.partial': '部分的にのみ供給しているプログラム',
  'detail.accessible': '上位地域から受講可能(定員は上位地域に計上)',
  'detail.programme': 'プログラム',
  'detail.provider': '事業者',
  'detail.regions': '提供地域',
  'detail.seats': '年間定員',
  'detail.teaches': '教える内容',
  'detail.path': 'マッピング経路',
  'detail.direct': '直接',
  'detail.close': '詳細を閉じる',

  'class.EQUAL': '同等',
  'class.FULL': '完全',
  'class.PARTIAL': '部分',
  'class.NONE': 'なし',

  'lp.heading': '学習パス',
  'lp.intro': '地域の学習者が職務の要件を満たすために受講できる研修プログラムを順に示します(その地域、下位地域、上位地域のプログラム)。',
  'lp.role': '職務',
  'lp.unknownRole': '{role} (不明な職務)',
  'lp.region': '地域',
  'lp.steps': 'ステップ',
  'lp.covers': 'カバーする要件',
  'lp.uncovered': '受講可能なプログラムでカバーされない要件',
  'lp.allCovered': 'すべての要件がカバーされています。',
  'lp.total': '合計: {n} 時間',
  'lp.noSteps': 'この地域から受講できるプログラムは、この職務の要件をカバーしません。',
  'lp.requires': 'この職務の要件',

  'cov.heading': 'フレームワーク間の対応',
  'cov.intro': '承認済みのマッピングを通じて、対象フレームワークが元フレームワークの各コンピテンスと職務をどの程度カバーするかを示します。',
  'cov.source': '元フレームワーク',
  'cov.target': '対象フレームワーク',
  'cov.maxHops': '最大ホップ数',
  'cov.shares': '割合',
  'cov.kind.competence': 'コンピテンス',
  'cov.kind.role': '職務',
  'cov.total': '全 {n} 件',
  'cov.graph': 'マッピンググラフ',
  'cov.targetEmpty': '{target} には {source} と同じ種類の要素({kinds})がないため、{target} でカバーできるものはなく、右側は空です。',
  'cov.graphHint': '左: 元フレームワーク(最良クラスで色分け)、右: 対象フレームワーク。実線は承認済み、破線は提案中のマッピング(分析には使われません)。',
  'cov.graphLabel': '{source} と {target} のマッピンググラフ: 要素 {nodes} 件、マッピング {edges} 件',
  'cov.elements': '要素',
  'cov.element': '要素',
  'cov.class': 'クラス',
  'cov.best': '最良の対象',
  'cov.hops': 'ホップ',
  'cov.path': '経路',
  'cov.noElements': '元フレームワークにはコンピテンスも職務もありません。',
  'cov.sameFramework': '異なる 2 つのフレームワークを選んでください。',
  'cov.includeProposed': '提案中のマッピングを含める(プレビュー)',
  'cov.previewNotice': 'プレビュー: 提案中のマッピングを承認済みとして扱います。「提案経由」と表示された経路は、承認するとどう変わるかを示します。',
  'cov.viaProposal': '(提案経由)',

  'prov.heading': '研修事業者',
  'prov.intro': '事業者アカウントでサインインすると、自社の研修プログラムの一覧、登録、編集、提供終了ができます。変更はすぐにダッシュボードに反映されます。',
  'prov.signIn': 'サインイン',
  'prov.signOut': 'サインアウト',
  'prov.signedIn': 'サインインしています。',
  'prov.mine': '自社のプログラム',
  'prov.noneYet': 'まだプログラムはありません。',
  'prov.register': 'プログラムを登録',
  'prov.edit': '編集',
  'prov.editLabel': '{title} を編集',
  'prov.retire': '提供終了',
  'prov.retireLabel': '{title} を提供終了にする',
  'prov.confirmRetire': 'はい、提供終了にします',
  'prov.cancel': 'キャンセル',
  'prov.state': '状態',
  'prov.retired': '提供終了',
  'prov.offered': '提供中',
  'prov.registered': '{id} を登録しました。',
  'prov.saved': '{id} を保存しました。',
  'prov.retiredDone': '{id} を提供終了にしました。',
  'prov.actions': '操作',
  'prov.expired': 'セッションが終了しました。もう一度サインインしてください。',

  'form.newHeading': 'プログラムを登録',
  'form.editHeading': 'プログラム {id} を編集',
  'form.title': '名称',
  'form.regions': '提供地域',
  'form.regionsHint': '地域コードをカンマ区切りで入力(例: DE, EU)。',
  'form.seats': '年間定員',
  'form.hours': '時間数',
  'form.delivery': '提供形態',
  'form.deliveryNone': '(指定なし)',
  'form.delivery.online': 'オンライン',
  'form.delivery.classroom': '教室',
  'form.delivery.blended': 'ブレンド型',
  'form.language': '言語',
  'form.languageHint': 'en、ja、de などの言語コード。',
  'form.develops': '育成するコンピテンス',
  'form.competence': 'コンピテンス',
  'form.level': 'レベル',
  'form.addCompetence': 'コンピテンスを追加',
  'form.remove': '削除',
  'form.removeLabel': 'コンピテンス {n} を削除',
  'form.preparesFor': '対象職務',
  'form.preparesForHint': '職務 ID をカンマ区切りで入力(例: ECSF:PENTESTER)。',
  'form.alignedWith': '準拠する標準',
  'form.alignedWithHint': '標準 ID をカンマ区切りで入力(例: ISO/IEC 27001:2022)。',
  'form.note': '備考',
  'form.submitNew': '登録',
  'form.submitEdit': '変更を保存',
  'form.back': '自社のプログラムへ戻る',
  'form.refused': 'API がプログラムを受け付けませんでした。各項目のメッセージを確認してください。',
  'form.required': '必須です。',
  'form.wholeNumber': '整数を入力してください。',
  'form.chooseCompetence': 'コンピテンスを選んでください。',
  'form.conflict': 'このプログラムは開いた後に変更されています。再読み込みして最新の版を確認し、変更をやり直してください。',
  'form.reload': 'プログラムを再読み込み',
  'form.notFound': '自社のプログラム {id} はありません。',
  'form.saving': '保存中…',

  'callback.working': 'サインインを完了しています…',
  'callback.failed': 'サインインに失敗しました:',
  'callback.again': '研修事業者ページへ戻る',
};

const dictionaries: Record<Lang, Record<TextKey, string>> = { en, ja };

export type Translate = (key: TextKey, params?: Record<string, string | number>) => string;

interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
  number: (n: number) => string;
  percent: (ratio: number) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function initialLang(): Lang {
  try {
    const stored = localStorage.getItem(LANG_KEY);
    if (stored === 'en' || stored === 'ja') return stored;
  } catch {
    // Storage may be off; fall back to the browser's language.
  }
  return navigator.language?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(LANG_KEY, next);
    } catch {
      // Not persisted; the choice still holds for this page.
    }
  }, []);

  const value = useMemo<I18n>(() => {
    const dictionary = dictionaries[lang];
    const locale = lang === 'ja' ? 'ja-JP' : 'en-GB';
    const numberFormat = new Intl.NumberFormat(locale);
    const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    return {
      lang,
      setLang,
      t: (key, params) =>
        (dictionary[key] ?? en[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) =>
          params && name in params ? String(params[name]) : `{${name}}`,
        ),
      number: (n) => numberFormat.format(n),
      percent: (ratio) => percentFormat.format(ratio),
    };
  }, [lang, setLang]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n needs an I18nProvider.');
  return value;
}

// The few parts of Decap CMS's browser API the form editor's script uses: the CMS object, React's createElement and createClass, Immutable values.
// https://decapcms.org/docs/customization/ · https://decapcms.org/docs/custom-widgets/

/** An Immutable.js value as Decap hands it over. */
export interface Immutable {
  get(key: string): unknown;
  getIn(path: readonly (string | number)[]): unknown;
  toJS(): unknown;
}

export type Element = unknown;
export type Component<P> = ((props: P) => Element) | object;
export type CreateElement = (type: string | Component<never>, props?: Record<string, unknown> | null, ...children: unknown[]) => Element;

export interface WidgetProps {
  value: unknown;
  onChange: (value: unknown, metadata?: unknown) => void;
  forID: string;
  classNameWrapper: string;
  field: Immutable;
  entry: Immutable;
  /** The language of the pane the widget is in ("lv" or "en"); absent outside translated collections. */
  locale?: string;
  query: (...args: unknown[]) => Promise<{ payload: { hits: Hit[] } } & Record<string, unknown>>;
  [other: string]: unknown;
}

/** An entry the relation widget found. */
export interface Hit {
  data: Record<string, unknown>;
  [other: string]: unknown;
}

export interface PreviewProps {
  entry: Immutable;
  getAsset: (path: string) => { toString(): string } | undefined;
}

interface Widget {
  control: Component<WidgetProps>;
  preview?: Component<never>;
  schema?: object;
}

export interface Decap {
  init(): void;
  getWidget(name: string): Widget | undefined;
  registerWidget(name: string, control: Component<WidgetProps>, preview?: Component<never>, schema?: object): void;
  registerPreviewTemplate(collection: string, component: Component<PreviewProps>): void;
  registerPreviewStyle(href: string): void;
  registerLocale(locale: string, phrases: object): void;
  getLocale(locale: string): object | undefined;
}

interface DecapWindow {
  CMS?: Decap;
  CMS_MANUAL_INIT?: boolean;
  h?: CreateElement;
  createClass?: (spec: Record<string, unknown>) => Component<never>;
}

export const decapWindow = window as unknown as DecapWindow;

/** Loads Decap's bundle (it sets window.CMS, window.h and window.createClass) without starting it. */
export async function loadDecap(src: string): Promise<{ CMS: Decap; h: CreateElement; createClass: NonNullable<DecapWindow["createClass"]> }> {
  decapWindow.CMS_MANUAL_INIT = true;
  await new Promise<void>((resolve, reject) => {
    const script = document.createElement("script");
    script.src = src;
    script.addEventListener("load", () => resolve());
    script.addEventListener("error", () => reject(new Error(`${src} could not be loaded`)));
    document.head.append(script);
  });
  const { CMS, h, createClass } = decapWindow;
  if (!CMS || !h || !createClass) throw new Error(`${src} did not start Decap CMS`);
  return { CMS, h, createClass };
}

/** Plain data from a value Decap may hold as Immutable or as plain JavaScript. */
export function plain(value: unknown): unknown {
  return typeof (value as Partial<Immutable> | undefined)?.toJS === "function" ? (value as Immutable).toJS() : value;
}

/**
 * The order Office requires of a task pane add-in manifest's elements, as Microsoft documents it
 * ("How to find the proper order of manifest elements", learn.microsoft.com/office/dev/add-ins/
 * develop/manifest-element-ordering, from the XSDs OfficeAppManifestV1_1 and
 * TaskPaneAppVersionOverridesV1_0). Each element's children, indented under it, in the order they
 * must appear; any may be left out, and may repeat where the schema lets it. "A|B" are
 * alternatives at the same place. An element listed with no children must have none.
 */
const TASK_PANE_ORDER = `
OfficeApp
  Id
  AlternateId
  Version
  ProviderName
  DefaultLocale
  DisplayName
    Override
  Description
    Override
  IconUrl
    Override
  HighResolutionIconUrl
    Override
  SupportUrl
  AppDomains
    AppDomain
  Hosts
    Host
  Requirements
    Sets
      Set
    Methods
      Method
  DefaultSettings
    SourceLocation
      Override
  Permissions
  Dictionary
    TargetDialects
      TargetDialect
    QueryUri
    CitationText
    DictionaryName
    DictionaryHomePage
  VersionOverrides
    Description
    Requirements
      Sets
        Set
    Hosts
      Host
        Runtimes
          Runtime
        AllFormFactors
          ExtensionPoint
        DesktopFormFactor
          GetStarted
            Title
            Description
            LearnMoreUrl
          FunctionFile
          ExtensionPoint
            OfficeTab
              Group
                Label
                Icon
                  Image
                Control
                  Label
                  Supertip
                    Title
                    Description
                  Icon
                    Image
                  Action
                    TaskpaneId
                    SourceLocation
                    Title
                    FunctionName
                  Enabled
                  Items
            CustomTab
              Group|OfficeGroup
                OverriddenByRibbonApi
                Label
                Icon
                  Image
                Control
                  OverriddenByRibbonApi
                  Label
                  Supertip
                    Title
                    Description
                  Icon
                    Image
                  Action
                    TaskpaneId
                    SourceLocation
                    Title
                    FunctionName
                  Enabled
                  Items
              Label
              InsertAfter|InsertBefore
            OfficeMenu
              Control
                Label
                Supertip
                  Title
                  Description
                Icon
                  Image
                Action
                  TaskpaneId
                  SourceLocation
                  Title
                  FunctionName
                Enabled
                Items
    Resources
      Images
        Image
          Override
      Urls
        Url
          Override
      ShortStrings
        String
          Override
      LongStrings
        String
          Override
    WebApplicationInfo
      Id
      Resource
      Scopes
        Scope
    EquivalentAddins
      EquivalentAddin
        ProgId
        DisplayName
        FileName
        Type
  ExtendedOverrides
`;

/** An element's allowed children, in order; each place lists its names and what they may hold. */
export interface OrderNode {
  readonly names: readonly string[];
  readonly children: OrderNode[];
}

/** The indented outline as a tree (two spaces a level). */
export function parseOrder(outline: string): OrderNode {
  const root: OrderNode = { names: [], children: [] };
  const stack: { depth: number; node: OrderNode }[] = [{ depth: -1, node: root }];
  for (const line of outline.split('\n')) {
    if (line.trim() === '') continue;
    const depth = (line.length - line.trimStart().length) / 2;
    const node: OrderNode = { names: line.trim().split('|'), children: [] };
    while ((stack[stack.length - 1]?.depth ?? -1) >= depth) stack.pop();
    stack[stack.length - 1]?.node.children.push(node);
    stack.push({ depth, node });
  }
  return root;
}

export const TASK_PANE = parseOrder(TASK_PANE_ORDER);

/**
 * Every element out of the documented order or not allowed where it stands, as
 * "OfficeApp/VersionOverrides/…: <X> …" sentences; empty when the whole tree follows the order.
 */
export function orderProblems(root: Element, order: OrderNode = TASK_PANE): string[] {
  const top = order.children.find((node) => node.names.includes(root.localName));
  if (!top) return [`<${root.localName}> is not the documented root`];
  return childProblems(root, top, root.localName);
}

function childProblems(element: Element, order: OrderNode, here: string): string[] {
  const problems: string[] = [];
  let place = 0;
  for (const child of Array.from(element.children)) {
    const index = order.children.findIndex((node) => node.names.includes(child.localName));
    const node = order.children[index];
    if (!node) {
      problems.push(`${here}: <${child.localName}> is not a documented child`);
      continue;
    }
    if (index < place) problems.push(`${here}: <${child.localName}> is out of the documented order`);
    place = Math.max(place, index);
    problems.push(...childProblems(child, node, `${here}/${child.localName}`));
  }
  return problems;
}

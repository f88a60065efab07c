/**
 * The ribbon's function file (manifest FunctionFile). The 납품대금 연동 button is a ShowTaskpane
 * action, which Office handles itself; this page only has to load and report ready.
 */
Office.onReady(() => {
  // Nothing to register: the add-in has no function commands.
});

// js-yaml ships no types; the replay server only loads the recorded cassettes.
declare module 'js-yaml' {
  const yaml: { load(text: string): unknown };
  export default yaml;
}

// A top-level part of a JSON file, imported as `file.json?part=key` (build/translationPart.ts).
declare module '*.json?part=ui' {
  const part: import('./ui/loadTranslations').Translations;
  export default part;
}
declare module '*.json?part=packet' {
  const part: import('./ui/loadTranslations').Translations;
  export default part;
}
declare module '*.json?part=review' {
  const part: import('./ui/loadTranslations').Translations;
  export default part;
}

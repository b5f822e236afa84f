// esbuild loads .css as text (tests/replicas/serve.ts).
declare module "*.css" {
  const text: string
  export default text
}

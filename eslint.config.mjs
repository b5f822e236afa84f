// One lint config for the whole project (ESLint flat config + typescript-eslint).
import js from "@eslint/js"
import tseslint from "typescript-eslint"

export default tseslint.config(
  { ignores: ["build/", ".plasmo/", "node_modules/", "artifacts/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: "readonly",
        process: "readonly",
        window: "readonly",
        document: "readonly",
        chrome: "readonly"
      }
    },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }
      ],
      // Draft and settings content must never be parsed as HTML (privacy and XSS).
      "no-restricted-properties": [
        "error",
        {
          property: "innerHTML",
          message: "Use textContent; never parse draft or settings text as HTML."
        },
        {
          property: "outerHTML",
          message: "Use textContent; never parse draft or settings text as HTML."
        },
        {
          property: "insertAdjacentHTML",
          message: "Use DOM nodes and textContent; never parse draft or settings text as HTML."
        },
        {
          property: "createContextualFragment",
          message: "Use DOM nodes and textContent; never parse draft or settings text as HTML."
        },
        {
          property: "setHTMLUnsafe",
          message: "Use DOM nodes and textContent; never parse draft or settings text as HTML."
        },
        {
          object: "document",
          property: "write",
          message: "Never write markup into a page."
        },
        {
          object: "document",
          property: "writeln",
          message: "Never write markup into a page."
        }
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "React escapes text; never hand it draft or settings text as HTML."
        }
      ]
    }
  },
  {
    files: ["**/*.js", "**/*.cjs", "**/*.mjs"],
    languageOptions: {
      globals: { require: "readonly", module: "writable", __dirname: "readonly" }
    },
    rules: { "@typescript-eslint/no-require-imports": "off" }
  }
)

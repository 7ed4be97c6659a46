/** Jest: TypeScript through ts-jest (transpile only; `npm run typecheck` does the type checking). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.[tj]s$": ["ts-jest", { isolatedModules: true, diagnostics: false }],
  },
  transformIgnorePatterns: ["/node_modules/(?!buttplug-wasm)"],
  moduleFileExtensions: ["ts", "js", "json", "mjs"],
  testTimeout: 30000,
  maxWorkers: 2,
};

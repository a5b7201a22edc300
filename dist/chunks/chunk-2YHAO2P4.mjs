#!/usr/bin/env node

// installer/result.ts
var refused = (command, why, left = []) => ({
  exit: 1,
  stderr: `hf-hooks ${command}: ${why}
${left.length ? `It undid what it had done, except for: ${left.join(", ")}. Check those, then run the same command again.
` : "Nothing was changed.\n"}`
});

export {
  refused
};

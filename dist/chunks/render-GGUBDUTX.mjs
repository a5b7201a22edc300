#!/usr/bin/env node
import {
  internalError,
  printable,
  renderAnnotations,
  renderFindings,
  renderHuman,
  renderJson,
  renderSummary,
  wantsColor
} from "./chunk-IJA2UK6M.mjs";
import "./chunk-S6JSQCXY.mjs";
import {
  mask
} from "./chunk-IY7I7MBA.mjs";
import "./chunk-UAV5VOJE.mjs";
export {
  internalError,
  mask,
  printable,
  renderAnnotations,
  renderFindings,
  renderHuman,
  renderJson,
  renderSummary,
  wantsColor
};

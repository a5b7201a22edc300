#!/usr/bin/env node
import {
  refused
} from "./chunk-2YHAO2P4.mjs";
export {
  refused
};

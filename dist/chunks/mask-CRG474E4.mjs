#!/usr/bin/env node
import {
  mask,
  maskToken
} from "./chunk-IY7I7MBA.mjs";
import "./chunk-UAV5VOJE.mjs";
export {
  mask,
  maskToken
};

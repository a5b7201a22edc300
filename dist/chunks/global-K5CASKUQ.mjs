#!/usr/bin/env node
import {
  installGlobal,
  readGlobalRecord,
  templateTarget,
  uninstallGlobal
} from "./chunk-WPVHELNL.mjs";
import "./chunk-YCUP2CUS.mjs";
import "./chunk-XRV2XZQO.mjs";
import "./chunk-EO57SD2T.mjs";
import "./chunk-2YHAO2P4.mjs";
import "./chunk-CZAYE72Y.mjs";
import "./chunk-OQJT763T.mjs";
import "./chunk-S6JSQCXY.mjs";
import "./chunk-UAV5VOJE.mjs";
import "./chunk-ALLXCWEC.mjs";
import "./chunk-C7SDGCTL.mjs";
import "./chunk-MGBZCSPM.mjs";
import "./chunk-WJLU7JOY.mjs";
import "./chunk-72SOXBV6.mjs";
export {
  installGlobal,
  readGlobalRecord,
  templateTarget,
  uninstallGlobal
};

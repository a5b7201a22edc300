#!/usr/bin/env node
import {
  carriedNote,
  lfsAfterUninstall,
  lfsHere,
  lfsNote
} from "./chunk-WVI4QNPE.mjs";
import "./chunk-XRV2XZQO.mjs";
import "./chunk-JWOZLOUV.mjs";
import "./chunk-EO57SD2T.mjs";
import "./chunk-LOFWLFWJ.mjs";
import "./chunk-CZAYE72Y.mjs";
import "./chunk-OQJT763T.mjs";
import "./chunk-S6JSQCXY.mjs";
import "./chunk-UAV5VOJE.mjs";
import "./chunk-C7SDGCTL.mjs";
import "./chunk-MGBZCSPM.mjs";
import "./chunk-WJLU7JOY.mjs";
import "./chunk-72SOXBV6.mjs";
export {
  carriedNote,
  lfsAfterUninstall,
  lfsHere,
  lfsNote
};

import { createRequire as __hfHooksRequire } from 'node:module'; const require = __hfHooksRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary2 = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set3 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set3.items.push(Pair.createPair(value, null, ctx));
          }
        return set3;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set2 = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day3, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day3, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary2 = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set2 = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary2.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set2.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary2 = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set2 = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary2.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set2.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary2.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set2.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// hooks/effects.ts
import { closeSync as closeSync2, openSync as openSync2 } from "node:fs";
import { mkdtemp, readFile as readFile4, rm as rm2, stat as stat2 } from "node:fs/promises";
import { tmpdir, userInfo } from "node:os";
import { join as join4 } from "node:path";

// hooks/cache.ts
import { createHash, randomBytes } from "node:crypto";
import { readFile, rename, rm, utimes, writeFile } from "node:fs/promises";
import { dirname as dirname2, join } from "node:path";

// hooks/mkdirs.ts
import { mkdir, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
var fail = (code, path, why) => Object.assign(new Error(`${code}: ${why}, mkdir '${path}'`), { code, syscall: "mkdir", path });
async function mkdirs(path) {
  const missing = [];
  for (let p = resolve(path); ; p = dirname(p)) {
    const st = await stat(p).catch((e) => e);
    if (!(st instanceof Error)) {
      if (!st.isDirectory()) throw fail("ENOTDIR", p, "not a directory");
      break;
    }
    if (st.code !== "ENOENT" || dirname(p) === p) throw st;
    missing.push(p);
  }
  for (const dir of missing.reverse()) {
    await mkdir(dir).catch((e) => {
      if (e.code !== "EEXIST") throw e;
    });
  }
  return missing[0];
}

// hooks/cache.ts
var MAX_AGE_MS = 24 * 3600 * 1e3;
var cacheKey = (...parts) => createHash("sha256").update(parts.map((p) => String(p ?? "")).join("\0")).digest("hex");
function readyKey(version, url, password) {
  const name = markerUrl(url);
  return name.length <= 200 ? `${sha256(`${version}
${password}
`)}/${name}` : void 0;
}
var markerUrl = (url) => url.replaceAll("%", "%25").replaceAll("/", "%2F");
var sha256 = (text) => createHash("sha256").update(text).digest("hex");
function cacheFile(env, home) {
  return join(env.XDG_CACHE_HOME || join(env.HOME || home, ".cache"), "hf-hooks", "results.json");
}
function fileCache(path, now) {
  const load = async () => {
    try {
      const parsed = JSON.parse(await readFile(path, "utf8"));
      return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? parsed : {};
    } catch {
      return {};
    }
  };
  return {
    async get(key, ttlSeconds) {
      const entry = (await load())[key];
      return entry && typeof entry.at === "number" && now() - entry.at < ttlSeconds * 1e3 ? entry.value : void 0;
    },
    async set(key, value) {
      const t = now();
      const entries = Object.fromEntries(Object.entries(await load()).filter(([, e]) => t - e?.at < MAX_AGE_MS));
      entries[key] = { at: t, value };
      await writeBeside(path, JSON.stringify(entries));
    },
    async markReady(key, until) {
      const file = join(dirname2(path), "ready", key);
      await writeBeside(file, `${until}
`);
      await utimes(file, until, until).catch(() => {
      });
    },
    async unmarkReady(key) {
      await rm(join(dirname2(path), "ready", key), { force: true }).catch(() => {
      });
    }
  };
}
async function writeBeside(path, text) {
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString("hex")}`;
  try {
    await mkdirs(dirname2(path));
    await writeFile(tmp, text, { mode: 384 });
    await rename(tmp, path);
  } catch {
    await rm(tmp, { force: true }).catch(() => {
    });
  }
}

// hooks/providers/types.ts
var PROVIDER_NAMES = ["huggingface", "github", "gitlab", "bitbucket", "generic"];
var helperStep = (c) => c.storageHelper ? [] : [`git config --global credential.helper ${c.platformHelper}    # no credential helper is configured to keep a token${c.platformHelper === "store" ? " (store: plain text in ~/.git-credentials)" : ""}`];
var gitStoreToken = (c, username) => [
  ...helperStep(c),
  `printf 'Token: '; read -rs TOKEN; echo; printf 'url=${c.url}\\nusername=${username}\\npassword=%s\\n\\n' "$TOKEN" | git credential approve; unset TOKEN`
];
function parseJson(body) {
  try {
    return JSON.parse(body);
  } catch {
    return void 0;
  }
}
function namespacedRepo(path, minDepth = 2) {
  const parts = path.split("/");
  if (parts.length < minDepth || parts.some((p) => p === "" || p === "." || p === "..")) return void 0;
  return { namespace: parts.slice(0, -1).join("/"), name: parts[parts.length - 1] };
}

// hooks/providers/bitbucket.ts
var BROWNOUTS = Date.parse("2026-06-09T00:00:00Z");
var REMOVED = Date.parse("2026-07-28T00:00:00Z");
var bitbucket = {
  name: "bitbucket",
  label: "Bitbucket",
  hosts: ["bitbucket.org"],
  storeToken: (c) => gitStoreToken(c, "x-bitbucket-api-token-auth"),
  tokenQuestion: {
    user: "x-bitbucket-api-token-auth",
    ask: (where, push) => `Bitbucket API token${push ? " with repository write permission" : ""} for ${where} (https://id.atlassian.com/manage-profile/security/api-tokens): `
  },
  parseRepo: (path) => namespacedRepo(path),
  // ATATT: API tokens; ATCTT: repository, project and workspace access tokens; ATBB: app passwords.
  tokenPatterns: [/ATATT[A-Za-z0-9_=-]{6,}/g, /ATCTT[A-Za-z0-9_=-]{6,}/g, /ATBB[A-Za-z0-9]{6,}/g],
  tokensPage: "https://id.atlassian.com/manage-profile/security/api-tokens",
  keysPage: "https://bitbucket.org/account/settings/ssh-keys/",
  hostKeysPage: "https://bitbucket.org/site/ssh",
  // "authenticated via ssh key." and, for a personal key, "logged in as <user>."
  greeting(text) {
    const user = /\blogged in as ([^\s.]+)/.exec(text)?.[1];
    if (user) return { user };
    return /\bauthenticated via ssh key\b/.test(text) ? { user: "(a Bitbucket account)" } : void 0;
  },
  // No API is asked here, so only a removed credential kind is certain.
  tokenShape(password, now, username) {
    if (password.startsWith("ATATT") || password.startsWith("ATCTT") || username === "x-token-auth") return { kind: "token" };
    if (password.startsWith("ATBB") && now >= REMOVED) return { kind: "not-token", why: "it is a Bitbucket app password, and Bitbucket removed app passwords on 2026-07-28" };
    if (password.startsWith("ATBB") && now >= BROWNOUTS) return { kind: "unknown", why: "it is a Bitbucket app password; they fail during the brownouts that began on 2026-06-09 and stop working on 2026-07-28" };
    if (password.startsWith("ATBB")) return { kind: "token" };
    return { kind: "unknown", why: "it does not look like an Atlassian API token (ATATT...) or an access token (ATCTT...), and Bitbucket does not accept account passwords for Git" };
  }
};

// hooks/providers/generic.ts
var generic = {
  name: "generic",
  label: "Git server",
  hosts: [],
  parseRepo: (path) => namespacedRepo(path, 1),
  tokenPatterns: [],
  storeToken: (c) => gitStoreToken(c, "git")
};

// hooks/providers/github.ts
var EXPIRY_HEADER = "github-authentication-token-expiration";
var parseExpiry = (value) => Date.parse(value.replace(" UTC", "Z").replace(" ", "T"));
function interpretUser(a, now) {
  if (a.status === 401) return { kind: "invalid" };
  if (a.status === 403 || a.status === 429) return { kind: "unknown", detail: `GitHub answered ${a.status} (rate limit?)` };
  const login = a.status === 200 ? parseJson(a.body)?.login : void 0;
  if (!login) return { kind: "unknown", detail: `GitHub answered ${a.status}` };
  const header = a.headers[EXPIRY_HEADER];
  const expires = header ? parseExpiry(header) : void 0;
  if (expires !== void 0 && expires <= now) return { kind: "expired", user: login, when: header };
  const scopes = a.headers["x-oauth-scopes"];
  if (scopes === void 0) return { user: login, classic: false, ...expires !== void 0 && { expires } };
  const list = scopes.split(",").map((s) => s.trim()).filter(Boolean);
  if (!list.includes("repo") && !list.includes("public_repo")) {
    return { kind: "read-only", user: login, detail: `its scopes are ${list.length ? list.join(", ") : "empty"}; pushing needs "repo" (or "public_repo" for public repositories)`, certain: true };
  }
  return { user: login, classic: true, ...expires !== void 0 && { expires } };
}
function interpretRepo(a, user, repo, base2) {
  if (!a) return base2;
  const full = `${repo.namespace}/${repo.name}`;
  const sso = a.headers["x-github-sso"];
  if (a.status === 403 && sso?.startsWith("required")) return { kind: "sso-required", user, url: /url=(\S+)/.exec(sso)?.[1] };
  if (a.status === 404) return { kind: "not-found", user, repo: full };
  const push = a.status === 200 ? parseJson(a.body)?.permissions?.push : void 0;
  if (push === false) return { kind: "no-write", user, namespace: full, detail: `GitHub says ${user} has no push permission on ${full}`, certain: true };
  return base2;
}
var github = {
  name: "github",
  label: "GitHub",
  hosts: ["github.com"],
  // Any user name works with a token; x-access-token is the documented one for app tokens.
  storeToken: (c) => gitStoreToken(c, "x-access-token"),
  // docs.github.com "About large files on GitHub": blocked over 100 MiB (GH001), a warning over 50 MiB
  // (tooLarge.bytes is the first size refused).
  contentRules: {
    tooLarge: {
      bytes: 100 * 1024 * 1024 + 1,
      docs: "https://docs.github.com/en/repositories/working-with-files/managing-large-files/about-large-files-on-github",
      said: "GH001: Large files detected. ... this exceeds GitHub's file size limit of 100.00 MB",
      warnFrom: { bytes: 50 * 1024 * 1024, said: "this is larger than GitHub's recommended maximum file size of 50.00 MB" }
    }
  },
  // GitHub CLI (cli.github.com manual): `gh auth setup-git` makes Git ask `gh auth git-credential`.
  gitCli: { status: ["gh", "auth", "status"], setup: "gh auth setup-git" },
  tokenQuestion: {
    user: "x-access-token",
    ask: (where, push) => `GitHub personal access token${push ? ' that may push (classic: "repo" scope; fine-grained: Contents read and write)' : ""} for ${where} (https://github.com/settings/tokens): `
  },
  parseRepo: (path) => namespacedRepo(path),
  tokenPatterns: [/gh[pousr]_[A-Za-z0-9]{6,}/g, /github_pat_[A-Za-z0-9_]{6,}/g],
  tokensPage: "https://github.com/settings/tokens",
  keysPage: "https://github.com/settings/keys",
  hostKeysPage: "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/githubs-ssh-key-fingerprints",
  // That page, "GitHub's SSH key fingerprints" (DSA, deprecated, left out).
  hostKeyFingerprints: ["SHA256:+DiY3wvvV6TuJJhbpZisF/zLDA0zPMSvHdkr4UvCOqU (ED25519)", "SHA256:p2QAMXNIC1TJYWeIOttrVc98/R1BUFWu3/LiyKgUfQM (ECDSA)", "SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s (RSA)"],
  // Success exits 1: "Hi <user>! You've successfully authenticated, but GitHub does not provide shell access."
  greeting(text) {
    const m = /\bHi ([^\s!]+)! You've successfully authenticated/.exec(text);
    return m ? { user: m[1] } : void 0;
  },
  tokenShape: (password) => /^(gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{20,})$/.test(password) ? { kind: "token" } : { kind: "unknown", why: "it does not look like a GitHub token (ghp_..., github_pat_...), and GitHub removed password authentication for Git on August 13, 2021" },
  apiFor: (host) => host === "github.com" ? "https://api.github.com" : void 0,
  tokenRequests(api, token, repo) {
    const headers = { authorization: `token ${token}`, accept: "application/vnd.github+json" };
    const user = { url: `${api}/user`, headers };
    return repo?.namespace ? [user, { url: `${api}/repos/${encodeURIComponent(repo.namespace)}/${encodeURIComponent(repo.name)}`, headers }] : [user];
  },
  interpretToken([userAnswer, repoAnswer], repo, now) {
    const who = interpretUser(userAnswer, now);
    if ("kind" in who) return who;
    const base2 = { kind: "ok", user: who.user, role: who.classic ? "classic token" : "fine-grained token", ...who.expires !== void 0 && { expires: who.expires } };
    return repo?.namespace ? interpretRepo(repoAnswer, who.user, repo, base2) : base2;
  }
};

// hooks/providers/gitlab.ts
function interpretSelf(a, now) {
  if (a.status === 401) return { kind: "invalid" };
  if (a.status === 429) return { kind: "unknown", detail: "GitLab is rate-limiting requests (429)" };
  const t = a.status === 200 ? parseJson(a.body) : void 0;
  if (!t || !Array.isArray(t.scopes)) return { kind: "unknown", detail: `GitLab answered ${a.status}` };
  const user = `user #${t.user_id}`;
  if (t.revoked || t.active === false) return { kind: "invalid" };
  const expires = typeof t.expires_at === "string" ? Date.parse(`${t.expires_at}T00:00:00Z`) : NaN;
  if (expires <= now) return { kind: "expired", user, when: t.expires_at };
  const scopes = t.scopes;
  if (!scopes.includes("write_repository") && !scopes.includes("api")) {
    return { kind: "read-only", user, detail: `token "${t.name}" has the scopes ${scopes.join(", ")}; pushing needs write_repository`, certain: true };
  }
  return { kind: "ok", user, role: scopes.join(", "), ...Number.isFinite(expires) && { expires } };
}
var PAT = /^glpat-/;
var gitlab = {
  name: "gitlab",
  label: "GitLab",
  hosts: ["gitlab.com"],
  // With a token, GitLab takes any user name; oauth2 is the documented one.
  storeToken: (c) => gitStoreToken(c, "oauth2"),
  // GitLab CLI: `glab auth login` offers to make Git use its credentials.
  gitCli: { status: ["glab", "auth", "status"], setup: "glab auth login" },
  tokenQuestion: {
    user: "oauth2",
    ask: (where, push) => `GitLab personal access token${push ? " with the write_repository scope" : ""} for ${where} (https://gitlab.com/-/user_settings/personal_access_tokens): `
  },
  parseRepo: (path) => namespacedRepo(path),
  // Every prefix GitLab documents: glpat- (personal, project, group), gldt- (deploy),
  // glcbt- (CI job), glrt- (runner), gloas-, glft-, glptt-, glsoat-, glimt-, glagent-, ...
  // The documented prefixes anywhere; any other gl*- only at a word start, so prose
  // ("english-speaking") is left alone.
  tokenPatterns: [/gl(?:pat|dt|cbt|rt|oas|ft|ptt|soat|imt|agent|ffct|wt|rtr)-[A-Za-z0-9_.-]{6,}/g, /\bgl[a-z]{2,8}-[A-Za-z0-9_.-]{6,}/g],
  tokensPage: "https://gitlab.com/-/user_settings/personal_access_tokens",
  // Its push check for projects with LFS on (git-lfs issue #2744 quotes it).
  lfsRefusal: 'GitLab: LFS objects are missing. Ensure LFS is properly set up or try a manual "git lfs push --all".',
  keysPage: "https://gitlab.com/-/user_settings/ssh_keys",
  hostKeysPage: "https://docs.gitlab.com/user/gitlab_com/#ssh-host-keys-fingerprints",
  // "Welcome to GitLab, @<user>!"; a deploy key gets "Welcome to GitLab, Anonymous!" and may still push.
  greeting(text) {
    const m = /\bWelcome to GitLab, (@?)([^\s!]+)!/.exec(text);
    if (!m) return void 0;
    return { user: m[1] ? m[2] : `${m[2]} (a deploy key)` };
  },
  // Self-managed instances may set their own prefix, so no shape is ever certain here.
  tokenShape: (password) => /^gl[a-z]+-[A-Za-z0-9_.-]{16,}$/.test(password) ? { kind: "token" } : { kind: "unknown", why: "it does not look like a GitLab token (glpat-..., gldt-...), and with two-factor authentication or SSO GitLab refuses passwords for Git" },
  apiFor: (host) => host === "gitlab.com" ? "https://gitlab.com" : void 0,
  // Only personal access tokens can describe themselves; a deploy or job token gets 401 there
  // and may still push, so for any other token the API cannot tell.
  tokenRequests: (api, token) => PAT.test(token) ? [{ url: `${api}/api/v4/personal_access_tokens/self`, headers: { "private-token": token } }] : [],
  interpretToken: ([answer], _repo, now) => interpretSelf(answer, now)
};

// hooks/providers/huggingface.ts
import { join as join2 } from "node:path";
var PREFIX_TYPES = { datasets: "dataset", spaces: "space", kernels: "kernel" };
function parseRepo(path) {
  const parts = path.split("/");
  const type = PREFIX_TYPES[parts[0]];
  const rest = type ? parts.slice(1) : parts;
  if (rest.length < 1 || rest.length > 2 || rest.some((p) => p === "" || p === "." || p === "..")) return void 0;
  const [namespace, name] = rest.length === 2 ? rest : [void 0, rest[0]];
  return namespace ? { type: type ?? "model", namespace, name } : { type: type ?? "model", name };
}
var repoId = (r) => r.namespace ? `${r.namespace}/${r.name}` : r.name;
function readRepoInfo(a) {
  if (!a) return void 0;
  if (a.status === 200) {
    const group = parseJson(a.body)?.resourceGroup?.name;
    return typeof group === "string" ? { found: true, group } : { found: true };
  }
  const invalid = parseJson(a.body)?.error === "Invalid credentials in Authorization header";
  if (a.status === 404 || a.status === 401 && !invalid || a.headers["x-error-code"] === "RepoNotFound") return { found: false };
  return { unknown: `the repository API answered ${a.status}` };
}
var sitePath = (r) => `${r.type && r.type !== "model" ? `${r.type}s/` : ""}${repoId(r)}`;
function interpretFetch(answers, token) {
  const [check2, whoami] = answers;
  if (!check2) return { kind: "unknown", detail: "the Hub could not be asked" };
  const who = whoami?.status === 200 ? parseJson(whoami.body) : void 0;
  const user = who?.name;
  const code = check2.headers["x-error-code"];
  const said = check2.headers["x-error-message"] ?? parseJson(check2.body)?.error;
  if (check2.status === 200) return { kind: "ok", ...user && { user } };
  if (check2.status === 401 && said === "Invalid credentials in Authorization header") return { kind: "invalid" };
  if (check2.status === 429) return { kind: "unknown", detail: "the Hub is rate-limiting requests (429)" };
  if (code === "GatedRepo" && !token) return { kind: "needs-login", gated: true, ...said && { said } };
  if (code === "GatedRepo") {
    const state = /awaiting a review/.test(said ?? "") ? "pending" : /rejected/.test(said ?? "") ? "rejected" : "not-requested";
    const fine = who?.auth?.accessToken;
    const tokenScope = fine?.role === "fineGrained" && fine.fineGrained?.canReadGatedRepos === false ? `${fine.displayName ? `"${fine.displayName}"` : "the token"} is fine-grained without "Read access to contents of all public gated repos you can access"` : void 0;
    return { kind: "gated", ...user && { user }, state, said: said ?? `the Hub answered ${check2.status}`, ...tokenScope && { tokenScope } };
  }
  if (code === "RepoNotFound" || check2.status === 404 || check2.status === 401) return token ? { kind: "not-found", ...user && { user } } : { kind: "needs-login", gated: false };
  return { kind: "unknown", detail: `the Hub answered ${check2.status}${said ? `: ${said}` : ""}` };
}
var CREATE_TYPE = { dataset: " --repo-type dataset", space: " --repo-type space --space-sdk docker    # or gradio, static", kernel: " --repo-type kernel" };
var createCommand = (r) => `hf repos create ${repoId(r)}${CREATE_TYPE[r.type ?? "model"] ?? ""}`;
function expiryOf(who) {
  const when = who.auth?.accessToken?.expiration ?? who.auth?.expiresAt;
  const t = when ? Date.parse(when) : NaN;
  return Number.isFinite(t) ? t : void 0;
}
function fineGrainedWrites(who, repo) {
  const full = repoId(repo);
  return (who.auth?.accessToken?.fineGrained?.scoped ?? []).some(({ entity, permissions: permissions2 }) => permissions2?.includes("repo.write") && ((entity?.type === "user" || entity?.type === "org") && entity.name === repo.namespace || entity?.type === repo.type && entity?.name === full));
}
function interpretHub(answers, repo, now, scope) {
  const [whoami, info] = answers;
  if (whoami.status === 401) return { kind: "invalid" };
  if (whoami.status === 429) return { kind: "unknown", detail: "the Hub is rate-limiting requests (429)" };
  const who = whoami.status === 200 ? parseJson(whoami.body) : void 0;
  if (!who?.name) return { kind: "unknown", detail: `the Hub answered ${whoami.status} without an account` };
  const user = who.name;
  const expires = expiryOf(who);
  if (expires !== void 0 && expires <= now) return { kind: "expired", user, when: new Date(expires).toISOString().slice(0, 10) };
  const token = who.auth?.accessToken;
  const role = token?.role ?? (token ? "unknown" : "OAuth login");
  const label = token?.displayName ? `"${token.displayName}"` : "this token";
  const ok = { kind: "ok", user, role, ...expires !== void 0 && { expires } };
  const pr = scope.reviewOnly;
  if (role === "read") return { kind: "read-only", user, detail: `${label} has the "read" role`, certain: !pr };
  if (!repo) return ok;
  if (role === "fineGrained" && !fineGrainedWrites(who, repo)) {
    return { kind: "no-write", user, namespace: repoId(repo), detail: `fine-grained ${label} has no "repo.write" permission on ${repo.namespace ?? repoId(repo)}`, certain: !pr };
  }
  const found = readRepoInfo(info);
  const ns = repo.namespace;
  const org = ns ? who.orgs?.find((o) => o.name === ns) : void 0;
  const stranger = !!ns && ns !== user && !org;
  if (found && "found" in found && !found.found && !stranger) return { kind: "not-found", user, repo: repoId(repo), create: createCommand(repo) };
  if (pr) return ok;
  if (!ns || ns === user) return ok;
  if (!org) return { kind: "no-write", user, namespace: ns, detail: `${ns} is neither ${user} nor an organization ${user} belongs to`, certain: true };
  return orgDecision(ok, user, ns, org.roleInOrg, found && "found" in found && found.found ? found : void 0, repo);
}
function orgDecision(ok, user, ns, orgRole, info, repo) {
  const group = info?.group;
  const inGroup = group ? ` ${repoId(repo)} is in the resource group "${group}", where ${user}'s role is not shown to hf-hooks` : "";
  const maybe = (detail, fix = []) => ({ kind: "no-write", user, namespace: ns, detail, certain: false, fix });
  if (orgRole === "admin") return ok;
  if (orgRole === "write") return group ? maybe(`${user} has the "write" role in ${ns}, but${inGroup}`) : ok;
  if (orgRole === "contributor") {
    return maybe(`${user} is a contributor in ${ns}, who may push only to repos they created${group ? `, and${inGroup}` : ""}`, prFix(repo));
  }
  const named = orgRole ? `the "${orgRole}" role` : "no role hf-hooks knows";
  if (group) return maybe(`${user} has ${named} in ${ns}, but${inGroup}`);
  if ((orgRole === "read" || orgRole === "no_access") && info) return { kind: "no-write", user, namespace: ns, detail: `${user} has ${named} in ${ns}, and ${repoId(repo)} is in no resource group`, certain: true, fix: prFix(repo) };
  return maybe(`${user} has ${named} in ${ns}`);
}
function prFix(repo) {
  const page = `https://huggingface.co/${repo.type && repo.type !== "model" ? `${repo.type}s/` : ""}${repoId(repo)}/discussions/new`;
  return [`or open a pull request at ${page}, then: git push <remote> HEAD:refs/pr/<number>`];
}
function expandPath(path, env, home) {
  const tilde = path === "~" || path.startsWith("~/") ? (env.HOME || home) + path.slice(1) : path;
  return tilde.replace(/\$(\w+)|\$\{([^}]+)\}/g, (whole, a, b) => env[a ?? b] ?? whole);
}
function hubTokenFile(env, home) {
  if (env.HF_TOKEN_PATH) return expandPath(env.HF_TOKEN_PATH, env, home);
  const hfHome = env.HF_HOME || join2(env.XDG_CACHE_HOME || join2("~", ".cache"), "huggingface");
  return join2(expandPath(hfHome, env, home), "token");
}
var clean = (value) => value?.replace(/[\r\n]/g, "").trim() || void 0;
function parseStoredTokens(text) {
  const out = [];
  for (const line of text.split("\n")) {
    const head = /^\s*\[(.+)\]\s*$/.exec(line);
    if (head) out.push({ name: head[1] });
    const field = /^\s*(hf_token|expires_at)\s*[=:]\s*(.*?)\s*$/i.exec(line);
    const section = out[out.length - 1];
    if (!field || !section) continue;
    if (field[1].toLowerCase() === "hf_token") section.token = field[2];
    else if (/^\d+$/.test(field[2])) section.expires = Number(field[2]) * 1e3;
  }
  return out.filter((s) => !!s.token);
}
async function localTokens(files) {
  const out = [];
  const envName = files.env.HF_TOKEN ? "HF_TOKEN" : files.env.HUGGING_FACE_HUB_TOKEN ? "HUGGING_FACE_HUB_TOKEN" : void 0;
  const fromEnv = envName ? clean(files.env[envName]) : void 0;
  if (envName && fromEnv) out.push({ token: fromEnv, source: `$${envName}`, inUse: true });
  const file = hubTokenFile(files.env, files.account.home);
  const [text, storedText] = await Promise.all([files.readText(file), files.readText(join2(file, "..", "stored_tokens"))]);
  const stored = parseStoredTokens(storedText ?? "");
  const token = clean(text);
  const expiryOf2 = (t) => stored.find((s) => s.token === t)?.expires;
  const withExpiry = (t) => {
    const expires = expiryOf2(t.token);
    return expires === void 0 ? t : { ...t, expires };
  };
  if (token) out.push(withExpiry({ token, source: file, inUse: !fromEnv }));
  for (const s of stored) if (s.token !== token) out.push(withExpiry({ token: s.token, source: `stored token "${s.name}"`, inUse: false }));
  return out.map((t) => t.source.startsWith("$") ? withExpiry(t) : t);
}
var KiB = 1024;
var MiB = 1024 * KiB;
var GB = 1e3 ** 3;
var CONTENT_RULES = {
  tooLarge: {
    bytes: 10 * MiB,
    docs: "https://huggingface.co/docs/hub/repositories-getting-started#terminal",
    said: "Your push was rejected because it contains files larger than 10 MiB. Please use https://git-lfs.github.com/ to store large files."
  },
  binary: {
    bytes: MiB,
    warnFrom: 100 * KiB,
    docs: "https://huggingface.co/docs/hub/xet/using-xet-storage#git",
    said: "Your push was rejected because it contains binary files. Please use https://huggingface.co/docs/hub/xet to store binary files.",
    smallerRefused: "the Hub has refused smaller binary files too (a 358 KiB .wasm in 2026)"
  },
  lfsFile: {
    agent: 5 * GB,
    hard: 500 * GB,
    said: "no single file may exceed 500 GB (hub-docs, storage limits)",
    agentFix: ["hf lfs-enable-largefiles .    # the multipart upload agent (huggingface_hub), or: git xet install"]
  },
  metadata: { file: "README.md", said: "Sorry, your push was rejected during YAML metadata verification:", validate: (api) => `${api}/api/validate-yaml` }
};
var LOGIN = "hf auth login    # huggingface_hub keeps the token; hf-hooks hands it to Git";
function bridgeHosts(env) {
  if (!env.HF_ENDPOINT) return ["huggingface.co", "hf.co"];
  try {
    const u = new URL(hubEndpoint(env));
    return [u.port ? `${u.hostname}:${u.port}` : u.hostname];
  } catch {
    return [];
  }
}
var hubEndpoint = (env) => (env.HF_ENDPOINT || "https://huggingface.co").replace(/\/+$/, "");
function handOver(t, c) {
  if (c.bridge) return [LOGIN];
  const fromFile = !t.source.startsWith("$");
  const oauth = t.token.startsWith("hf_oauth_");
  const value = oauth && fromFile ? "$(hf auth token)" : fromFile ? `$(cat '${t.source}')` : t.source;
  if (c.url === hubEndpoint(c.env) && !oauth) return [...helperStep(c), `hf auth login --token "${value}" --add-to-git-credential`];
  return [...helperStep(c), `printf 'url=${c.url}\\nusername=hf_user\\npassword=%s\\n\\n' "${value}" | git credential approve`];
}
var huggingface = {
  name: "huggingface",
  label: "Hugging Face",
  hosts: ["huggingface.co", "hf.co"],
  sshHost: "hf.co",
  endpointEnv: "HF_ENDPOINT",
  parseRepo,
  // Families: hf_ access tokens, hf_oauth_ from the browser login (OAuth device flow,
  // utils/_oauth_device.py), hf_jwt_ from Trusted Publishers (a JWT: dots, dashes, underscores).
  // No word boundary before: a token glued to text ("x\\nhf_..." in JSON) is still a token.
  tokenPatterns: [/hf_oauth_[A-Za-z0-9_-]{6,}/g, /hf_jwt_[A-Za-z0-9_.-]{6,}/g, /hf_[A-Za-z0-9]{6,}/g, /api_org_[A-Za-z0-9]{6,}/g],
  tokensPage: "https://huggingface.co/settings/tokens",
  // The Hub reads only the password; huggingface_hub's own helper hand-over uses "hf_user",
  // "the default user used in the Hub" (utils/_git_credential.py set_git_credential).
  tokenQuestion: {
    user: "hf_user",
    ask: (where, push) => `Hugging Face access token${push ? " with the write role" : ""} for ${where} (https://huggingface.co/settings/tokens): `
  },
  keysPage: "https://huggingface.co/settings/keys",
  hostKeysPage: "https://huggingface.co/docs/hub/security-git-ssh",
  // hub-docs docs/hub/security-git-ssh.md, "HuggingFace's SSH key fingerprints" (DSA, deprecated, left out).
  hostKeyFingerprints: ["SHA256:dVjzGIdV7d6cwKIeZiCoRMa2gMvSKfGZAvHf4gMiMao (ED25519)", "SHA256:aBG5R7IomF4BSsx/h6tNAUVLhEkkaNGB8Sluyh/Q/qY (ECDSA)", "SHA256:uqjYymysBGCXXiMVebB8L8RIuWbPSKGBxQQNhcT5a3Q (RSA)"],
  // "Hi anonymous, welcome to Hugging Face." when the key is on no account.
  greeting(text) {
    const m = /\bHi (\S+), welcome to Hugging Face\b/.exec(text);
    if (!m) return void 0;
    return m[1] === "anonymous" ? { anonymous: true, said: m[0] } : { user: m[1] };
  },
  // Only api_org_ is certain: huggingface_hub refuses it ("You must use your personal
  // account token, not an organization token", _login.py). Every other Hub token starts
  // hf_ (huggingface.js packages/hub/src/utils/checkCredentials.ts refuses any other
  // prefix locally): anything else is `unknown`, which a stored secret takes to whoami and
  // an answer typed at hf-hooks' question only once typed twice (https/ask.ts).
  tokenShape(password) {
    if (/^hf_[A-Za-z0-9]{30,}$/.test(password) || /^hf_(?:oauth|jwt)_\S{10,}$/.test(password)) return { kind: "token" };
    if (password.startsWith("api_org_")) return { kind: "not-token", why: "it is a legacy organization API token (api_org_...), which cannot push" };
    if (/\s/.test(password)) return { kind: "not-token", why: "it contains a space, which no access token does, and the Hub refuses account passwords for Git" };
    return { kind: "unknown", why: "it does not look like a Hugging Face access token (those start with hf_), and the Hub stopped accepting account passwords for Git in October 2023" };
  },
  apiFor: (host) => ["huggingface.co", "hf.co"].includes(host) ? "https://huggingface.co" : void 0,
  tokenRequests(api, token, repo) {
    const auth = { authorization: `Bearer ${token}` };
    const whoami = { url: `${api}/api/whoami-v2`, headers: auth };
    if (!repo) return [whoami];
    return [whoami, { url: `${api}/api/${repo.type ?? "model"}s/${repoId(repo).split("/").map(encodeURIComponent).join("/")}?expand=resourceGroup`, headers: auth }];
  },
  interpretToken: interpretHub,
  fetchRequests(api, token, repo) {
    const auth = token ? { authorization: `Bearer ${token}` } : {};
    const check2 = { url: `${api}/api/${repo.type ?? "model"}s/${repoId(repo).split("/").map(encodeURIComponent).join("/")}/auth-check`, headers: auth };
    return token ? [check2, { url: `${api}/api/whoami-v2`, headers: auth }] : [check2];
  },
  interpretFetch,
  repoPage: (api, repo) => `${api}/${sitePath(repo)}`,
  reviewRef: /^refs\/pr\/\d+$/,
  // The Hub's pre-receive text (as quoted by users and by hub clients that match on it).
  lfsRefusal: "Your push was rejected because an LFS pointer pointed to a file that does not exist. For instance, this can happen if you used git push --no-verify to push your changes.",
  contentRules: CONTENT_RULES,
  storeToken: (c) => c.bridge ? [LOGIN] : gitStoreToken(c, "hf_user"),
  localTokens,
  bridgeHosts,
  // `hf auth token` prints the token get_token() uses, refreshing an OAuth login that is
  // about to expire (utils/_auth.py get_token(), _refresh_oauth_token_if_needed).
  cli: { renew: ["hf", "auth", "token"], login: "hf auth login" },
  localTools: "huggingface_hub and the hf CLI",
  storeLocalToken: (t, c) => t.inUse ? handOver(t, c) : void 0,
  // HF_OIDC_RESOURCE (utils/_auth.py _get_token_from_oidc): huggingface_hub exchanges the CI's
  // OIDC identity for a short-lived token when asked; nothing is on disk for Git to read.
  mintedToken: (env) => env.HF_OIDC_RESOURCE ? {
    why: `HF_OIDC_RESOURCE is set, so huggingface_hub mints a short-lived token at run time (Trusted Publishers); Git never sees it`,
    fix: [`git -c credential.helper= -c credential.helper='!f() { echo username=hf_user; echo "password=$(hf auth token)"; }; f' push    # hand the minted token to this push`]
  } : void 0
};

// hooks/providers/index.ts
var PROVIDERS = { huggingface, github, gitlab, bitbucket, generic };
function providerByHost(host) {
  return Object.values(PROVIDERS).find((p) => p.hosts.includes(host));
}
var ALL_TOKEN_PATTERNS = Object.values(PROVIDERS).flatMap((p) => [...p.tokenPatterns]);
function endpointsFrom(env) {
  const out = {};
  for (const p of Object.values(PROVIDERS)) {
    const value = p.endpointEnv ? env[p.endpointEnv] : void 0;
    if (value) out[p.name] = value.replace(/\/+$/, "");
  }
  return out;
}
function sshHostFor(provider, host) {
  return provider.hosts.includes(host) && provider.sshHost ? provider.sshHost : host;
}

// hooks/remote.ts
var MAX_URL_LENGTH = 2048;
var SCHEMES = {
  ssh: "ssh",
  "git+ssh": "ssh",
  "ssh+git": "ssh",
  https: "https",
  http: "http",
  git: "git",
  file: "file"
};
var HOSTNAME = /^[a-z0-9_](?:[a-z0-9_.-]{0,252})$/;
var IPV6 = /^[0-9a-f:.]+(?:%[a-z0-9_.-]+)?$/;
var SSH_USER = /^[A-Za-z0-9._~+$][A-Za-z0-9._~+$!-]*$/;
function parseGitUrl(raw) {
  if (raw === "") return { error: "the URL is empty" };
  if (raw.length > MAX_URL_LENGTH) return { error: `the URL is ${raw.length} characters long; no remote URL is longer than ${MAX_URL_LENGTH}` };
  if (/[\u0000-\u001f\u007f]/.test(raw)) return { error: "the URL contains a control character (a newline or a tab, from a copy-paste?)" };
  if (raw.trim() !== raw) return { error: "the URL starts or ends with a space" };
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(raw);
  if (scheme) return parseUrlForm(scheme[1].toLowerCase(), raw.slice(scheme[0].length));
  const helper = /^([A-Za-z][A-Za-z0-9+.-]*)::/.exec(raw);
  if (helper) return { error: `the URL goes through the remote helper git-remote-${helper[1]}, which hf-hooks cannot check`, unsupported: true };
  if (isLocalPath(raw)) return { transport: "file", path: raw };
  return parseScpLike(raw);
}
function isLocalPath(raw) {
  const colon = raw.indexOf(":");
  const slash = raw.indexOf("/");
  return colon < 0 || slash >= 0 && slash < colon || /^[A-Za-z]:[\\/]/.test(raw);
}
function parseUrlForm(scheme, rest) {
  const transport = SCHEMES[scheme];
  if (!transport) return { error: `the '${scheme}://' scheme is not one hf-hooks can check`, unsupported: true };
  const slash = rest.indexOf("/");
  const authority = slash < 0 ? rest : rest.slice(0, slash);
  const path = slash < 0 ? "" : rest.slice(slash);
  if (transport === "file") return { transport, path: path || rest };
  const at = authority.lastIndexOf("@");
  const userinfo = at < 0 ? void 0 : authority.slice(0, at);
  const server = parseHostPort(authority.slice(at + 1), true);
  if ("error" in server) return server;
  if (/\s/.test(path) && transport !== "ssh") return { error: "the path contains a space; a web URL cannot (did a copy-paste add one?)" };
  const url = { transport, ...server, path };
  if (userinfo !== void 0) {
    const colon = userinfo.indexOf(":");
    url.user = decode(colon < 0 ? userinfo : userinfo.slice(0, colon));
    if (colon >= 0) url.password = decode(userinfo.slice(colon + 1));
    if (/[\u0000-\u001f\u007f]/.test(`${url.user}${url.password ?? ""}`)) return { error: "the user name or password in the URL holds an encoded control character (%0a, %0d, %00...)" };
  }
  return checkSshUser(url);
}
function parseScpLike(raw) {
  const at = raw.indexOf("@[");
  const open = raw.startsWith("[") ? 0 : at >= 0 && at < raw.indexOf(":") ? at + 1 : -1;
  let hostPart;
  let path;
  if (open >= 0) {
    const close = raw.indexOf("]:", open);
    if (close < 0) return { error: "the URL opens '[' but has no ']:' before the path" };
    hostPart = raw.slice(0, open) + raw.slice(open + 1, close);
    path = raw.slice(close + 2);
  } else {
    const colon = raw.indexOf(":");
    hostPart = raw.slice(0, colon);
    path = raw.slice(colon + 1);
  }
  const userAt = hostPart.lastIndexOf("@");
  const user = userAt < 0 ? void 0 : hostPart.slice(0, userAt);
  const hostPort = hostPart.slice(userAt + 1);
  const colons = hostPort.split(":").length - 1;
  const server = parseHostPort(colons > 1 ? `[${hostPort}]` : hostPort, colons === 1);
  if ("error" in server) return server;
  if (path === "") return { error: "the URL has no repository path after the colon" };
  return checkSshUser(user === void 0 ? { transport: "ssh", ...server, path } : { transport: "ssh", user, ...server, path });
}
function parseHostPort(text, portAllowed) {
  const v6 = /^\[([^\]]*)\](?::(.*))?$/.exec(text);
  const [host, port] = v6 ? [v6[1], v6[2]] : splitOnce(text, ":");
  const lower = host.toLowerCase();
  if (lower === "") return { error: "the URL has no host name" };
  if (v6 ? !IPV6.test(lower) || !lower.includes(":") : !HOSTNAME.test(lower)) {
    return { error: `'${host.slice(0, 80)}' is not a valid host name` };
  }
  if (port === void 0 || port === "") return { host: lower };
  if (!portAllowed) return { error: `a port cannot be given here (':${port.slice(0, 20)}'); use ssh://host:port/path` };
  const number = /^\d{1,5}$/.test(port) ? Number(port) : NaN;
  if (!(number >= 1 && number <= 65535)) return { error: `port '${port.slice(0, 20)}' is not a number from 1 to 65535` };
  return { host: lower, port: number };
}
function checkSshUser(url) {
  if (url.transport !== "ssh" || url.user === void 0 || SSH_USER.test(url.user)) return url;
  return { error: `the SSH user name '${url.user.slice(0, 40)}' has characters ssh would misread` };
}
function splitOnce(text, sep) {
  const i = text.indexOf(sep);
  return i < 0 ? [text, void 0] : [text.slice(0, i), text.slice(i + 1)];
}
function decode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
function repoPath(path) {
  return path.replace(/^\/+|\/+$/g, "").replace(/\.git$/, "").replace(/\/+$/, "");
}
function providerFor(url, ctx) {
  if (!url.host) return "generic";
  const configured = url.port && ctx.hosts[`${url.host}:${url.port}`]?.provider || ctx.hosts[url.host]?.provider;
  if (configured) return configured;
  const deployed = Object.entries(ctx.endpoints ?? {}).find(([, endpoint]) => isDeployment(endpoint, url))?.[0];
  return deployed ?? providerByHost(url.host)?.name ?? "generic";
}
function isDeployment(endpoint, url) {
  if (!url.host || endpointHost(endpoint) !== url.host) return false;
  if (url.transport !== "http" && url.transport !== "https") return true;
  const e = new URL(endpoint);
  const endpointPort = Number(e.port) || DEFAULT_PORTS[e.protocol.slice(0, -1)];
  return (url.port ?? DEFAULT_PORTS[url.transport]) === endpointPort;
}
function endpointHost(endpoint) {
  try {
    return new URL(endpoint).hostname.replace(/^\[|\]$/g, "").toLowerCase();
  } catch {
    return void 0;
  }
}
function classify(raw, ctx) {
  const parsed = parseGitUrl(raw);
  if ("error" in parsed) return parsed;
  const provider = providerFor(parsed, ctx);
  const repo = parsed.transport === "file" ? void 0 : PROVIDERS[provider].parseRepo(repoPath(parsed.path));
  return repo ? { url: raw, ...parsed, provider, repo } : { url: raw, ...parsed, provider };
}
function withoutUserinfo(raw) {
  return raw.replace(/^([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^/]*@/, "$1");
}
function origin(r) {
  const host = r.host?.includes(":") ? `[${r.host}]` : r.host ?? "";
  return `${r.transport}://${host}${r.port ? `:${r.port}` : ""}`;
}
function sameServer(a, b) {
  const family = (t) => t === "http" ? "https" : t;
  const port = (u) => u.port ?? DEFAULT_PORTS[u.transport];
  return family(a.transport) === family(b.transport) && a.host === b.host && port(a) === port(b);
}
var DEFAULT_PORTS = { ssh: 22, https: 443, http: 80, git: 9418 };
var isLoopback = (host) => host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host ?? "");

// hooks/net/noproxy.ts
import { BlockList, isIP } from "node:net";
function noProxy(host, list) {
  if (!host || !list) return false;
  if (list === "*") return true;
  const bare = host.replace(/^\[|\]$/g, "");
  const family = isIP(bare);
  const name = family ? bare : bare.replace(/\.$/, "").toLowerCase();
  return list.split(/[\s,]+/).filter(Boolean).some((token) => family ? ipMatches(name, family, token) : nameMatches(name, token));
}
function nameMatches(name, token) {
  const t = token.replace(/\.$/, "").replace(/^\./, "").toLowerCase();
  if (!t) return false;
  return name === t || name.endsWith(`.${t}`);
}
function ipMatches(ip, family, token) {
  const [net, bits] = token.split("/");
  const kind = family === 6 ? "ipv6" : "ipv4";
  if (isIP(net) !== family) return false;
  if (bits === void 0 || bits === "0") {
    const one = new BlockList();
    one.addAddress(net, kind);
    return one.check(ip, kind);
  }
  const prefix = /^\d+$/.test(bits) ? Number(bits) : NaN;
  if (!(prefix > 0 && prefix <= (family === 6 ? 128 : 32))) return false;
  const range = new BlockList();
  range.addSubnet(net, prefix, kind);
  return range.check(ip, kind);
}

// hooks/net/urlmatch.ts
function parse(url) {
  try {
    const u = new URL(url);
    return { scheme: u.protocol, user: decodeURIComponent(u.username), host: u.hostname, port: u.port, path: u.pathname };
  } catch {
    return void 0;
  }
}
function hostMatches(host, pattern) {
  const a = host.split(".");
  const b = pattern.split(".");
  return a.length === b.length && b.every((label, i) => label === "*" || label === a[i]);
}
function pathMatch(path, prefix) {
  if (prefix === "" || prefix === "/") return 1;
  const p = prefix.endsWith("/") ? prefix.slice(0, -1) : prefix;
  if (!path.startsWith(p)) return 0;
  return path.length === p.length || path[p.length] === "/" ? p.length + 1 : 0;
}
function pathScopedFor(url, pattern) {
  const u = parse(url);
  const p = parse(pattern);
  return !!u && !!p && p.path !== "/" && p.path !== "" && p.scheme === u.scheme && p.port === u.port && hostMatches(u.host, p.host);
}
function rank(url, pattern) {
  const p = parse(pattern);
  if (!p || p.scheme !== url.scheme || p.port !== url.port || !hostMatches(url.host, p.host)) return void 0;
  if (p.user && p.user !== url.user) return void 0;
  const path = pathMatch(url.path, p.path);
  return path ? [p.host.length, path, p.user ? 1 : 0] : void 0;
}
var worse = (a, b) => a[0] !== b[0] ? a[0] < b[0] : a[1] !== b[1] ? a[1] < b[1] : a[2] < b[2];
function urlConfig(entries, section, url) {
  const target = parse(url);
  const best = /* @__PURE__ */ new Map();
  for (const e of entries) {
    if (!e.key.startsWith(`${section}.`)) continue;
    const rest = e.key.slice(section.length + 1);
    const dot = rest.lastIndexOf(".");
    const name = rest.slice(dot + 1);
    const r = dot < 0 ? [0, 0, 0] : target && rank(target, rest.slice(0, dot));
    if (!r) continue;
    const had = best.get(name);
    if (had && worse(r, had.rank)) continue;
    best.set(name, { rank: r, value: e.value, source: `${e.key}${e.scope ? ` (${e.scope})` : ""}` });
  }
  return new Map([...best].map(([name, { value, source }]) => [name, { value, source }]));
}

// hooks/net/route.ts
var PROXY_SCHEMES = /* @__PURE__ */ new Set(["http", "https", "socks", "socks4", "socks4a", "socks5", "socks5h"]);
var SPELLING = { proxy: "proxy", sslcainfo: "sslCAInfo", sslcapath: "sslCAPath", sslverify: "sslVerify", proxyauthmethod: "proxyAuthMethod" };
var spelled = (source) => source.replace(/\.(proxy|sslcainfo|sslcapath|sslverify|proxyauthmethod)( \(|$)/, (_, name, tail) => `.${SPELLING[name]}${tail}`);
var FALSE = /* @__PURE__ */ new Set(["false", "no", "off", "0", ""]);
function routeFor(gitUrl, requestUrl, http, env) {
  const settings = urlConfig(http, "http", gitUrl);
  const setting = (name) => {
    const s = settings.get(name);
    return s && { value: s.value, source: spelled(s.source) };
  };
  const route = { ca: trust(setting, env, env.HOME), ...env.SSL_CERT_FILE && { fallbackCa: [{ path: env.SSL_CERT_FILE, source: "SSL_CERT_FILE" }] } };
  const verify = setting("sslverify");
  if (env.GIT_SSL_NO_VERIFY !== void 0) route.unverified = "GIT_SSL_NO_VERIFY is set";
  else if (verify?.value !== void 0 && FALSE.has(verify.value.toLowerCase())) route.unverified = `${verify.source} is false`;
  const method = env.GIT_HTTP_PROXY_AUTHMETHOD ?? setting("proxyauthmethod")?.value;
  if (method) route.proxyAuthMethod = method;
  const target = urlOf(requestUrl);
  const proxy2 = target && proxySetting(setting("proxy"), target.protocol, env);
  if (!proxy2) return route;
  if (proxy2.url === "") return { ...route, direct: `${proxy2.source} is empty` };
  const parsed = proxyUrl(proxy2.url);
  if ("error" in parsed) return { ...route, invalid: `${proxy2.source}: ${parsed.error}` };
  const list = env.no_proxy ?? env.NO_PROXY;
  const host = target.hostname;
  if (noProxy(host, list)) return { ...route, direct: `${env.no_proxy !== void 0 ? "no_proxy" : "NO_PROXY"} (${list}) covers ${host}` };
  return { ...route, proxy: { url: parsed.url, source: proxy2.source } };
}
function urlOf(url) {
  try {
    return new URL(url);
  } catch {
    return void 0;
  }
}
function routeOf(remote, requestUrl, http, env) {
  const gitUrl = remote.transport === "https" || remote.transport === "http" ? remote.url : requestUrl;
  return routeFor(gitUrl, requestUrl, http, env);
}
function proxySetting(configured, scheme, env) {
  if (configured) return { url: configured.value ?? "", source: configured.source };
  const names = scheme === "https:" ? ["https_proxy", "HTTPS_PROXY"] : ["http_proxy"];
  for (const name of [...names, "all_proxy", "ALL_PROXY"]) {
    const value = env[name];
    if (value !== void 0) return { url: value, source: name };
  }
  return void 0;
}
function proxyUrl(raw) {
  const url = raw.includes("://") ? raw : `http://${raw}`;
  let u;
  try {
    u = new URL(url);
  } catch {
    return { error: `'${raw}' is not a proxy URL` };
  }
  const scheme = u.protocol.slice(0, -1);
  if (!PROXY_SCHEMES.has(scheme)) return { error: `unsupported proxy scheme '${scheme}'` };
  if (!u.hostname) return { error: `'${raw}' names no proxy host` };
  if (u.pathname !== "/" && u.pathname !== "") return { error: "a proxy URL with a path (a local socket) is not one hf-hooks can use" };
  return { url };
}
function trust(setting, env, home) {
  const ca = [];
  const add = (path, source, o = {}) => {
    if (path) ca.push({ path: home && path.startsWith("~/") ? `${home}${path.slice(1)}` : path, source, ...o });
  };
  const info = setting("sslcainfo");
  const capath = setting("sslcapath");
  add(env.GIT_SSL_CAINFO ?? info?.value, env.GIT_SSL_CAINFO !== void 0 ? "GIT_SSL_CAINFO" : info?.source ?? "");
  add(env.GIT_SSL_CAPATH ?? capath?.value, env.GIT_SSL_CAPATH !== void 0 ? "GIT_SSL_CAPATH" : capath?.source ?? "", { dir: true });
  return ca;
}
function shownProxy(url) {
  return url.replace(/^([a-z0-9]+:\/\/[^/@:]*):[^/@]*@/i, "$1:****@");
}

// hooks/net/failure.ts
var UNTRUSTED = /* @__PURE__ */ new Set([
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "UNABLE_TO_GET_ISSUER_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "CERT_UNTRUSTED"
]);
var NO_NAME = /* @__PURE__ */ new Set(["ENOTFOUND", "EAI_AGAIN", "EAI_NONAME", "EAI_FAIL"]);
function failureOf(e, target, route, tunnelled) {
  const code = e.code ?? "";
  const proxy2 = route.proxy?.url;
  if (UNTRUSTED.has(code)) return { error: `${target.hostname}'s certificate is signed by a CA this machine's Node does not trust (${code})`, failure: "tls", untrusted: true };
  if (/CERT|^ERR_TLS_|^ERR_SSL_|^EPROTO$/.test(code)) return { error: `TLS with ${target.hostname} failed: ${e.message.split("\n")[0]} (${code})`, failure: "tls" };
  if (proxy2 && !tunnelled) {
    const host = safeHost(proxy2);
    if (NO_NAME.has(code)) return { error: `the proxy's host name ${host} does not resolve`, failure: "proxy" };
    if (code === "ECONNREFUSED") return { error: `the proxy ${shownProxy(proxy2)} refused the connection`, failure: "proxy" };
    return { error: `the proxy ${shownProxy(proxy2)} failed: ${code || e.message.split("\n")[0]}`, failure: "proxy" };
  }
  const direct = proxy2 ? "" : route.direct ? ` (asked directly: ${route.direct})` : " here (no proxy is set for it)";
  if (NO_NAME.has(code)) return { error: `the name ${target.hostname} does not resolve${direct}`, failure: "dns" };
  if (code === "ECONNREFUSED") return { error: `${target.host} refused the connection`, failure: "refused" };
  return { error: code || e.message.split("\n")[0], failure: "network" };
}
function proxyAnswered(status, proxy2, target) {
  if (status === 407) return { error: `the proxy ${shownProxy(proxy2)} asks for a login (407 Proxy Authentication Required)`, failure: "proxy-auth" };
  return { error: `the proxy ${shownProxy(proxy2)} answered ${status} to CONNECT ${target.host}`, failure: "proxy" };
}
function safeHost(url) {
  try {
    return new URL(url).hostname;
  } catch {
    return shownProxy(url);
  }
}

// hooks/net/trust.ts
import { access, readFile as readFile2, readdir } from "node:fs/promises";
import { join as join3 } from "node:path";
var SYSTEM_BUNDLES = ["/etc/ssl/certs/ca-certificates.crt", "/etc/pki/tls/certs/ca-bundle.crt", "/etc/ssl/ca-bundle.pem", "/etc/ssl/cert.pem"];
var system;
function systemBundle() {
  system ??= (async () => {
    for (const path of SYSTEM_BUNDLES) if (await access(path).then(() => true, () => false)) return path;
    return void 0;
  })();
  return system;
}
var PEM = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
async function certificates(path, dir) {
  if (!dir) return readFile2(path, "utf8").then((t) => t.match(PEM) ?? [], () => void 0);
  const names = await readdir(path).catch(() => void 0);
  if (!names) return void 0;
  const files = await Promise.all(names.map((n) => readFile2(join3(path, n), "utf8").catch(() => "")));
  return [...new Set(files.flatMap((t) => t.match(PEM) ?? []))];
}
async function widerTrust(route) {
  const bundle = await systemBundle();
  return [...route.fallbackCa ?? [], ...bundle ? [{ path: bundle, source: "the system CA bundle" }] : []];
}
async function secureContextFor(ca, wider) {
  if (!ca.length && !wider.length) return {};
  const pems = [];
  for (const s of ca) {
    const found = await certificates(s.path, !!s.dir);
    if (!found) return { error: `${s.source} names ${s.path}, which cannot be read` };
    if (!found.length) return { error: `${s.source} names ${s.path}, which holds no PEM certificate` };
    pems.push(...found);
  }
  for (const s of wider) pems.push(...await certificates(s.path, false) ?? []);
  const tls2 = await import("node:tls");
  const context = tls2.createSecureContext();
  const native = context.context;
  if (typeof native?.addCACert !== "function") return { context: tls2.createSecureContext({ ca: [...tls2.rootCertificates, ...pems] }) };
  for (const pem of pems) native.addCACert(pem);
  return { context };
}

// hooks/http.ts
var MAX_BODY = 1 << 20;
var CREDENTIAL_HEADERS = /* @__PURE__ */ new Set(["authorization", "private-token", "proxy-authorization"]);
var DIRECT = { ca: [] };
var httpGet = (url, headers, timeoutMs, route) => httpRequest("GET", url, headers, void 0, timeoutMs, route);
var httpPost = (url, headers, body, timeoutMs, route) => httpRequest("POST", url, headers, body, timeoutMs, route);
var widened = false;
async function httpRequest(method, url, headers, body, timeoutMs, route = DIRECT) {
  const deadline = Date.now() + timeoutMs;
  let target;
  try {
    target = new URL(url);
  } catch {
    return { error: `not a URL: ${url}`, failure: "network" };
  }
  if (route.unverified && Object.keys(headers).some((h) => CREDENTIAL_HEADERS.has(h.toLowerCase()))) {
    return { error: `not sent: ${route.unverified}, and hf-hooks sends no credential over a connection whose certificate nobody checks`, failure: "unverified" };
  }
  if (route.invalid) return { error: route.invalid, failure: "proxy" };
  const secure = target.protocol === "https:";
  const first = await attempt(method, target, headers, body, deadline, route, secure && widened ? await widerTrust(route) : []);
  const untrusted = "untrusted" in first && first.untrusted;
  const wider = secure && !widened && untrusted ? await widerTrust(route) : [];
  if (!wider.length) return first;
  const again = await attempt(method, target, headers, body, deadline, route, wider);
  if (!("failure" in again)) widened = true;
  return again;
}
async function attempt(method, target, headers, body, deadline, route, wider) {
  const secure = target.protocol === "https:";
  const { request } = secure ? await import("node:https") : await import("node:http");
  let tls2 = {};
  if (secure) {
    const ctx = await secureContextFor(route.ca, wider);
    if ("error" in ctx) return { error: ctx.error, failure: "tls" };
    if (ctx.context) tls2 = { secureContext: ctx.context };
  }
  const ended = new AbortController();
  const agent = route.proxy ? (await loadAgents()).agentFor(route.proxy.url, secure, ended.signal, deadline - Date.now()) : void 0;
  return new Promise((resolve2) => {
    let done = false;
    let connect;
    const finish = (r) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      ended.abort();
      resolve2(r);
    };
    const sized = body === void 0 ? {} : { "content-length": String(Buffer.byteLength(body)) };
    const req = request(target, { method, headers: { "user-agent": "hf-hooks", ...sized, ...headers }, ...agent && { agent }, ...tls2 }, (res) => {
      const status = res.statusCode ?? 0;
      const refused2 = route.proxy && (connect !== void 0 && connect !== 200 || status === 407);
      if (refused2) {
        res.resume();
        return finish(proxyAnswered(connect ?? status, route.proxy.url, target));
      }
      const chunks = [];
      let size = 0;
      res.on("data", (c) => {
        size += c.length;
        if (size <= MAX_BODY) chunks.push(c);
      });
      res.on("end", () => finish({
        status,
        headers: Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v.join(", ") : String(v ?? "")])),
        body: Buffer.concat(chunks).toString("utf8")
      }));
      res.on("error", (e) => finish(failureOf(e, target, route, connect !== void 0)));
    });
    req.on("proxyConnect", (answer) => connect = answer.statusCode);
    const ms = Math.max(0, deadline - Date.now());
    const timer = setTimeout(() => {
      finish({ error: `no answer within ${ms} ms${route.proxy ? " through the proxy" : ""}`, failure: "timeout" });
      req.destroy();
    }, ms);
    req.on("error", (e) => finish(failureOf(e, target, route, connect !== void 0)));
    req.end(body);
  });
}
async function loadAgents() {
  if (true) return import(`data:text/javascript;base64,${Buffer.from('import { createRequire as __hfHooksRequire } from \'node:module\'; const require = __hfHooksRequire(\'/\');\nvar Dt=Object.create;var We=Object.defineProperty;var $t=Object.getOwnPropertyDescriptor;var Ft=Object.getOwnPropertyNames;var Vt=Object.getPrototypeOf,jt=Object.prototype.hasOwnProperty;var ie=(s=>typeof require<"u"?require:typeof Proxy<"u"?new Proxy(s,{get:(e,t)=>(typeof require<"u"?require:e)[t]}):s)(function(s){if(typeof require<"u")return require.apply(this,arguments);throw Error(\'Dynamic require of "\'+s+\'" is not supported\')});var E=(s,e)=>()=>{try{return e||s((e={exports:{}}).exports,e),e.exports}catch(t){throw e=0,t}};var Gt=(s,e,t,r)=>{if(e&&typeof e=="object"||typeof e=="function")for(let n of Ft(e))!jt.call(s,n)&&n!==t&&We(s,n,{get:()=>e[n],enumerable:!(r=$t(e,n))||r.enumerable});return s};var Kt=(s,e,t)=>(t=s!=null?Dt(Vt(s)):{},Gt(e||!s||!s.__esModule?We(t,"default",{value:s,enumerable:!0}):t,s));var it=E($=>{"use strict";Object.defineProperty($,"__esModule",{value:!0});var st=ie("buffer"),z={INVALID_ENCODING:"Invalid encoding provided. Please specify a valid encoding the internal Node.js Buffer supports.",INVALID_SMARTBUFFER_SIZE:"Invalid size provided. Size must be a valid integer greater than zero.",INVALID_SMARTBUFFER_BUFFER:"Invalid Buffer provided in SmartBufferOptions.",INVALID_SMARTBUFFER_OBJECT:"Invalid SmartBufferOptions object supplied to SmartBuffer constructor or factory methods.",INVALID_OFFSET:"An invalid offset value was provided.",INVALID_OFFSET_NON_NUMBER:"An invalid offset value was provided. A numeric value is required.",INVALID_LENGTH:"An invalid length value was provided.",INVALID_LENGTH_NON_NUMBER:"An invalid length value was provived. A numeric value is required.",INVALID_TARGET_OFFSET:"Target offset is beyond the bounds of the internal SmartBuffer data.",INVALID_TARGET_LENGTH:"Specified length value moves cursor beyong the bounds of the internal SmartBuffer data.",INVALID_READ_BEYOND_BOUNDS:"Attempted to read beyond the bounds of the managed data.",INVALID_WRITE_BEYOND_BOUNDS:"Attempted to write beyond the bounds of the managed data."};$.ERRORS=z;function Jt(s){if(!st.Buffer.isEncoding(s))throw new Error(z.INVALID_ENCODING)}$.checkEncoding=Jt;function rt(s){return typeof s=="number"&&isFinite(s)&&ts(s)}$.isFiniteInteger=rt;function nt(s,e){if(typeof s=="number"){if(!rt(s)||s<0)throw new Error(e?z.INVALID_OFFSET:z.INVALID_LENGTH)}else throw new Error(e?z.INVALID_OFFSET_NON_NUMBER:z.INVALID_LENGTH_NON_NUMBER)}function Xt(s){nt(s,!1)}$.checkLengthValue=Xt;function Qt(s){nt(s,!0)}$.checkOffsetValue=Qt;function es(s,e){if(s<0||s>e.length)throw new Error(z.INVALID_TARGET_OFFSET)}$.checkTargetOffset=es;function ts(s){return typeof s=="number"&&isFinite(s)&&Math.floor(s)===s}function ss(s){if(typeof BigInt>"u")throw new Error("Platform does not support JS BigInt type.");if(typeof st.Buffer.prototype[s]>"u")throw new Error(`Platform does not support Buffer.prototype.${s}.`)}$.bigIntAndBufferInt64Check=ss});var at=E(Te=>{"use strict";Object.defineProperty(Te,"__esModule",{value:!0});var f=it(),ot=4096,rs="utf8",Pe=class s{constructor(e){if(this.length=0,this._encoding=rs,this._writeOffset=0,this._readOffset=0,s.isSmartBufferOptions(e))if(e.encoding&&(f.checkEncoding(e.encoding),this._encoding=e.encoding),e.size)if(f.isFiniteInteger(e.size)&&e.size>0)this._buff=Buffer.allocUnsafe(e.size);else throw new Error(f.ERRORS.INVALID_SMARTBUFFER_SIZE);else if(e.buff)if(Buffer.isBuffer(e.buff))this._buff=e.buff,this.length=e.buff.length;else throw new Error(f.ERRORS.INVALID_SMARTBUFFER_BUFFER);else this._buff=Buffer.allocUnsafe(ot);else{if(typeof e<"u")throw new Error(f.ERRORS.INVALID_SMARTBUFFER_OBJECT);this._buff=Buffer.allocUnsafe(ot)}}static fromSize(e,t){return new this({size:e,encoding:t})}static fromBuffer(e,t){return new this({buff:e,encoding:t})}static fromOptions(e){return new this(e)}static isSmartBufferOptions(e){let t=e;return t&&(t.encoding!==void 0||t.size!==void 0||t.buff!==void 0)}readInt8(e){return this._readNumberValue(Buffer.prototype.readInt8,1,e)}readInt16BE(e){return this._readNumberValue(Buffer.prototype.readInt16BE,2,e)}readInt16LE(e){return this._readNumberValue(Buffer.prototype.readInt16LE,2,e)}readInt32BE(e){return this._readNumberValue(Buffer.prototype.readInt32BE,4,e)}readInt32LE(e){return this._readNumberValue(Buffer.prototype.readInt32LE,4,e)}readBigInt64BE(e){return f.bigIntAndBufferInt64Check("readBigInt64BE"),this._readNumberValue(Buffer.prototype.readBigInt64BE,8,e)}readBigInt64LE(e){return f.bigIntAndBufferInt64Check("readBigInt64LE"),this._readNumberValue(Buffer.prototype.readBigInt64LE,8,e)}writeInt8(e,t){return this._writeNumberValue(Buffer.prototype.writeInt8,1,e,t),this}insertInt8(e,t){return this._insertNumberValue(Buffer.prototype.writeInt8,1,e,t)}writeInt16BE(e,t){return this._writeNumberValue(Buffer.prototype.writeInt16BE,2,e,t)}insertInt16BE(e,t){return this._insertNumberValue(Buffer.prototype.writeInt16BE,2,e,t)}writeInt16LE(e,t){return this._writeNumberValue(Buffer.prototype.writeInt16LE,2,e,t)}insertInt16LE(e,t){return this._insertNumberValue(Buffer.prototype.writeInt16LE,2,e,t)}writeInt32BE(e,t){return this._writeNumberValue(Buffer.prototype.writeInt32BE,4,e,t)}insertInt32BE(e,t){return this._insertNumberValue(Buffer.prototype.writeInt32BE,4,e,t)}writeInt32LE(e,t){return this._writeNumberValue(Buffer.prototype.writeInt32LE,4,e,t)}insertInt32LE(e,t){return this._insertNumberValue(Buffer.prototype.writeInt32LE,4,e,t)}writeBigInt64BE(e,t){return f.bigIntAndBufferInt64Check("writeBigInt64BE"),this._writeNumberValue(Buffer.prototype.writeBigInt64BE,8,e,t)}insertBigInt64BE(e,t){return f.bigIntAndBufferInt64Check("writeBigInt64BE"),this._insertNumberValue(Buffer.prototype.writeBigInt64BE,8,e,t)}writeBigInt64LE(e,t){return f.bigIntAndBufferInt64Check("writeBigInt64LE"),this._writeNumberValue(Buffer.prototype.writeBigInt64LE,8,e,t)}insertBigInt64LE(e,t){return f.bigIntAndBufferInt64Check("writeBigInt64LE"),this._insertNumberValue(Buffer.prototype.writeBigInt64LE,8,e,t)}readUInt8(e){return this._readNumberValue(Buffer.prototype.readUInt8,1,e)}readUInt16BE(e){return this._readNumberValue(Buffer.prototype.readUInt16BE,2,e)}readUInt16LE(e){return this._readNumberValue(Buffer.prototype.readUInt16LE,2,e)}readUInt32BE(e){return this._readNumberValue(Buffer.prototype.readUInt32BE,4,e)}readUInt32LE(e){return this._readNumberValue(Buffer.prototype.readUInt32LE,4,e)}readBigUInt64BE(e){return f.bigIntAndBufferInt64Check("readBigUInt64BE"),this._readNumberValue(Buffer.prototype.readBigUInt64BE,8,e)}readBigUInt64LE(e){return f.bigIntAndBufferInt64Check("readBigUInt64LE"),this._readNumberValue(Buffer.prototype.readBigUInt64LE,8,e)}writeUInt8(e,t){return this._writeNumberValue(Buffer.prototype.writeUInt8,1,e,t)}insertUInt8(e,t){return this._insertNumberValue(Buffer.prototype.writeUInt8,1,e,t)}writeUInt16BE(e,t){return this._writeNumberValue(Buffer.prototype.writeUInt16BE,2,e,t)}insertUInt16BE(e,t){return this._insertNumberValue(Buffer.prototype.writeUInt16BE,2,e,t)}writeUInt16LE(e,t){return this._writeNumberValue(Buffer.prototype.writeUInt16LE,2,e,t)}insertUInt16LE(e,t){return this._insertNumberValue(Buffer.prototype.writeUInt16LE,2,e,t)}writeUInt32BE(e,t){return this._writeNumberValue(Buffer.prototype.writeUInt32BE,4,e,t)}insertUInt32BE(e,t){return this._insertNumberValue(Buffer.prototype.writeUInt32BE,4,e,t)}writeUInt32LE(e,t){return this._writeNumberValue(Buffer.prototype.writeUInt32LE,4,e,t)}insertUInt32LE(e,t){return this._insertNumberValue(Buffer.prototype.writeUInt32LE,4,e,t)}writeBigUInt64BE(e,t){return f.bigIntAndBufferInt64Check("writeBigUInt64BE"),this._writeNumberValue(Buffer.prototype.writeBigUInt64BE,8,e,t)}insertBigUInt64BE(e,t){return f.bigIntAndBufferInt64Check("writeBigUInt64BE"),this._insertNumberValue(Buffer.prototype.writeBigUInt64BE,8,e,t)}writeBigUInt64LE(e,t){return f.bigIntAndBufferInt64Check("writeBigUInt64LE"),this._writeNumberValue(Buffer.prototype.writeBigUInt64LE,8,e,t)}insertBigUInt64LE(e,t){return f.bigIntAndBufferInt64Check("writeBigUInt64LE"),this._insertNumberValue(Buffer.prototype.writeBigUInt64LE,8,e,t)}readFloatBE(e){return this._readNumberValue(Buffer.prototype.readFloatBE,4,e)}readFloatLE(e){return this._readNumberValue(Buffer.prototype.readFloatLE,4,e)}writeFloatBE(e,t){return this._writeNumberValue(Buffer.prototype.writeFloatBE,4,e,t)}insertFloatBE(e,t){return this._insertNumberValue(Buffer.prototype.writeFloatBE,4,e,t)}writeFloatLE(e,t){return this._writeNumberValue(Buffer.prototype.writeFloatLE,4,e,t)}insertFloatLE(e,t){return this._insertNumberValue(Buffer.prototype.writeFloatLE,4,e,t)}readDoubleBE(e){return this._readNumberValue(Buffer.prototype.readDoubleBE,8,e)}readDoubleLE(e){return this._readNumberValue(Buffer.prototype.readDoubleLE,8,e)}writeDoubleBE(e,t){return this._writeNumberValue(Buffer.prototype.writeDoubleBE,8,e,t)}insertDoubleBE(e,t){return this._insertNumberValue(Buffer.prototype.writeDoubleBE,8,e,t)}writeDoubleLE(e,t){return this._writeNumberValue(Buffer.prototype.writeDoubleLE,8,e,t)}insertDoubleLE(e,t){return this._insertNumberValue(Buffer.prototype.writeDoubleLE,8,e,t)}readString(e,t){let r;typeof e=="number"?(f.checkLengthValue(e),r=Math.min(e,this.length-this._readOffset)):(t=e,r=this.length-this._readOffset),typeof t<"u"&&f.checkEncoding(t);let n=this._buff.slice(this._readOffset,this._readOffset+r).toString(t||this._encoding);return this._readOffset+=r,n}insertString(e,t,r){return f.checkOffsetValue(t),this._handleString(e,!0,t,r)}writeString(e,t,r){return this._handleString(e,!1,t,r)}readStringNT(e){typeof e<"u"&&f.checkEncoding(e);let t=this.length;for(let n=this._readOffset;n<this.length;n++)if(this._buff[n]===0){t=n;break}let r=this._buff.slice(this._readOffset,t);return this._readOffset=t+1,r.toString(e||this._encoding)}insertStringNT(e,t,r){return f.checkOffsetValue(t),this.insertString(e,t,r),this.insertUInt8(0,t+e.length),this}writeStringNT(e,t,r){return this.writeString(e,t,r),this.writeUInt8(0,typeof t=="number"?t+e.length:this.writeOffset),this}readBuffer(e){typeof e<"u"&&f.checkLengthValue(e);let t=typeof e=="number"?e:this.length,r=Math.min(this.length,this._readOffset+t),n=this._buff.slice(this._readOffset,r);return this._readOffset=r,n}insertBuffer(e,t){return f.checkOffsetValue(t),this._handleBuffer(e,!0,t)}writeBuffer(e,t){return this._handleBuffer(e,!1,t)}readBufferNT(){let e=this.length;for(let r=this._readOffset;r<this.length;r++)if(this._buff[r]===0){e=r;break}let t=this._buff.slice(this._readOffset,e);return this._readOffset=e+1,t}insertBufferNT(e,t){return f.checkOffsetValue(t),this.insertBuffer(e,t),this.insertUInt8(0,t+e.length),this}writeBufferNT(e,t){return typeof t<"u"&&f.checkOffsetValue(t),this.writeBuffer(e,t),this.writeUInt8(0,typeof t=="number"?t+e.length:this._writeOffset),this}clear(){return this._writeOffset=0,this._readOffset=0,this.length=0,this}remaining(){return this.length-this._readOffset}get readOffset(){return this._readOffset}set readOffset(e){f.checkOffsetValue(e),f.checkTargetOffset(e,this),this._readOffset=e}get writeOffset(){return this._writeOffset}set writeOffset(e){f.checkOffsetValue(e),f.checkTargetOffset(e,this),this._writeOffset=e}get encoding(){return this._encoding}set encoding(e){f.checkEncoding(e),this._encoding=e}get internalBuffer(){return this._buff}toBuffer(){return this._buff.slice(0,this.length)}toString(e){let t=typeof e=="string"?e:this._encoding;return f.checkEncoding(t),this._buff.toString(t,0,this.length)}destroy(){return this.clear(),this}_handleString(e,t,r,n){let i=this._writeOffset,o=this._encoding;typeof r=="number"?i=r:typeof r=="string"&&(f.checkEncoding(r),o=r),typeof n=="string"&&(f.checkEncoding(n),o=n);let a=Buffer.byteLength(e,o);return t?this.ensureInsertable(a,i):this._ensureWriteable(a,i),this._buff.write(e,i,a,o),t?this._writeOffset+=a:typeof r=="number"?this._writeOffset=Math.max(this._writeOffset,i+a):this._writeOffset+=a,this}_handleBuffer(e,t,r){let n=typeof r=="number"?r:this._writeOffset;return t?this.ensureInsertable(e.length,n):this._ensureWriteable(e.length,n),e.copy(this._buff,n),t?this._writeOffset+=e.length:typeof r=="number"?this._writeOffset=Math.max(this._writeOffset,n+e.length):this._writeOffset+=e.length,this}ensureReadable(e,t){let r=this._readOffset;if(typeof t<"u"&&(f.checkOffsetValue(t),r=t),r<0||r+e>this.length)throw new Error(f.ERRORS.INVALID_READ_BEYOND_BOUNDS)}ensureInsertable(e,t){f.checkOffsetValue(t),this._ensureCapacity(this.length+e),t<this.length&&this._buff.copy(this._buff,t+e,t,this._buff.length),t+e>this.length?this.length=t+e:this.length+=e}_ensureWriteable(e,t){let r=typeof t=="number"?t:this._writeOffset;this._ensureCapacity(r+e),r+e>this.length&&(this.length=r+e)}_ensureCapacity(e){let t=this._buff.length;if(e>t){let r=this._buff,n=t*3/2+1;n<e&&(n=e),this._buff=Buffer.allocUnsafe(n),r.copy(this._buff,0,0,t)}}_readNumberValue(e,t,r){this.ensureReadable(t,r);let n=e.call(this._buff,typeof r=="number"?r:this._readOffset);return typeof r>"u"&&(this._readOffset+=t),n}_insertNumberValue(e,t,r,n){return f.checkOffsetValue(n),this.ensureInsertable(t,n),e.call(this._buff,r,n),this._writeOffset+=t,this}_writeNumberValue(e,t,r,n){if(typeof n=="number"){if(n<0)throw new Error(f.ERRORS.INVALID_WRITE_BEYOND_BOUNDS);f.checkOffsetValue(n)}let i=typeof n=="number"?n:this._writeOffset;return this._ensureWriteable(t,i),e.call(this._buff,r,i),typeof n=="number"?this._writeOffset=Math.max(this._writeOffset,i+t):this._writeOffset+=t,this}};Te.SmartBuffer=Pe});var Ne=E(m=>{"use strict";Object.defineProperty(m,"__esModule",{value:!0});m.SOCKS5_NO_ACCEPTABLE_AUTH=m.SOCKS5_CUSTOM_AUTH_END=m.SOCKS5_CUSTOM_AUTH_START=m.SOCKS_INCOMING_PACKET_SIZES=m.SocksClientState=m.Socks5Response=m.Socks5HostType=m.Socks5Auth=m.Socks4Response=m.SocksCommand=m.ERRORS=m.DEFAULT_TIMEOUT=void 0;var ns=3e4;m.DEFAULT_TIMEOUT=ns;var is={InvalidSocksCommand:"An invalid SOCKS command was provided. Valid options are connect, bind, and associate.",InvalidSocksCommandForOperation:"An invalid SOCKS command was provided. Only a subset of commands are supported for this operation.",InvalidSocksCommandChain:"An invalid SOCKS command was provided. Chaining currently only supports the connect command.",InvalidSocksClientOptionsDestination:"An invalid destination host was provided.",InvalidSocksClientOptionsExistingSocket:"An invalid existing socket was provided. This should be an instance of stream.Duplex.",InvalidSocksClientOptionsProxy:"Invalid SOCKS proxy details were provided.",InvalidSocksClientOptionsTimeout:"An invalid timeout value was provided. Please enter a value above 0 (in ms).",InvalidSocksClientOptionsProxiesLength:"At least two socks proxies must be provided for chaining.",InvalidSocksClientOptionsCustomAuthRange:"Custom auth must be a value between 0x80 and 0xFE.",InvalidSocksClientOptionsCustomAuthOptions:"When a custom_auth_method is provided, custom_auth_request_handler, custom_auth_response_size, and custom_auth_response_handler must also be provided and valid.",NegotiationError:"Negotiation error",SocketClosed:"Socket closed",ProxyConnectionTimedOut:"Proxy connection timed out",InternalError:"SocksClient internal error (this should not happen)",InvalidSocks4HandshakeResponse:"Received invalid Socks4 handshake response",Socks4ProxyRejectedConnection:"Socks4 Proxy rejected connection",InvalidSocks4IncomingConnectionResponse:"Socks4 invalid incoming connection response",Socks4ProxyRejectedIncomingBoundConnection:"Socks4 Proxy rejected incoming bound connection",InvalidSocks5InitialHandshakeResponse:"Received invalid Socks5 initial handshake response",InvalidSocks5IntiailHandshakeSocksVersion:"Received invalid Socks5 initial handshake (invalid socks version)",InvalidSocks5InitialHandshakeNoAcceptedAuthType:"Received invalid Socks5 initial handshake (no accepted authentication type)",InvalidSocks5InitialHandshakeUnknownAuthType:"Received invalid Socks5 initial handshake (unknown authentication type)",Socks5AuthenticationFailed:"Socks5 Authentication failed",InvalidSocks5FinalHandshake:"Received invalid Socks5 final handshake response",InvalidSocks5FinalHandshakeRejected:"Socks5 proxy rejected connection",InvalidSocks5IncomingConnectionResponse:"Received invalid Socks5 incoming connection response",Socks5ProxyRejectedIncomingBoundConnection:"Socks5 Proxy rejected incoming bound connection"};m.ERRORS=is;var os={Socks5InitialHandshakeResponse:2,Socks5UserPassAuthenticationResponse:2,Socks5ResponseHeader:5,Socks5ResponseIPv4:10,Socks5ResponseIPv6:22,Socks5ResponseHostname:s=>s+7,Socks4Response:8};m.SOCKS_INCOMING_PACKET_SIZES=os;var ct;(function(s){s[s.connect=1]="connect",s[s.bind=2]="bind",s[s.associate=3]="associate"})(ct||(m.SocksCommand=ct={}));var ut;(function(s){s[s.Granted=90]="Granted",s[s.Failed=91]="Failed",s[s.Rejected=92]="Rejected",s[s.RejectedIdent=93]="RejectedIdent"})(ut||(m.Socks4Response=ut={}));var ft;(function(s){s[s.NoAuth=0]="NoAuth",s[s.GSSApi=1]="GSSApi",s[s.UserPass=2]="UserPass"})(ft||(m.Socks5Auth=ft={}));var as=128;m.SOCKS5_CUSTOM_AUTH_START=as;var cs=254;m.SOCKS5_CUSTOM_AUTH_END=cs;var us=255;m.SOCKS5_NO_ACCEPTABLE_AUTH=us;var dt;(function(s){s[s.Granted=0]="Granted",s[s.Failure=1]="Failure",s[s.NotAllowed=2]="NotAllowed",s[s.NetworkUnreachable=3]="NetworkUnreachable",s[s.HostUnreachable=4]="HostUnreachable",s[s.ConnectionRefused=5]="ConnectionRefused",s[s.TTLExpired=6]="TTLExpired",s[s.CommandNotSupported=7]="CommandNotSupported",s[s.AddressNotSupported=8]="AddressNotSupported"})(dt||(m.Socks5Response=dt={}));var ht;(function(s){s[s.IPv4=1]="IPv4",s[s.Hostname=3]="Hostname",s[s.IPv6=4]="IPv6"})(ht||(m.Socks5HostType=ht={}));var lt;(function(s){s[s.Created=0]="Created",s[s.Connecting=1]="Connecting",s[s.Connected=2]="Connected",s[s.SentInitialHandshake=3]="SentInitialHandshake",s[s.ReceivedInitialHandshakeResponse=4]="ReceivedInitialHandshakeResponse",s[s.SentAuthentication=5]="SentAuthentication",s[s.ReceivedAuthenticationResponse=6]="ReceivedAuthenticationResponse",s[s.SentFinalHandshake=7]="SentFinalHandshake",s[s.ReceivedFinalResponse=8]="ReceivedFinalResponse",s[s.BoundWaitingForConnection=9]="BoundWaitingForConnection",s[s.Established=10]="Established",s[s.Disconnected=11]="Disconnected",s[s.Error=99]="Error"})(lt||(m.SocksClientState=lt={}))});var Ue=E(ue=>{"use strict";Object.defineProperty(ue,"__esModule",{value:!0});ue.SocksClientError=void 0;ue.shuffleArray=fs;var xe=class extends Error{constructor(e,t){super(e),this.options=t}};ue.SocksClientError=xe;function fs(s){for(let e=s.length-1;e>0;e--){let t=Math.floor(Math.random()*(e+1));[s[e],s[t]]=[s[t],s[e]]}}});var fe=E(me=>{"use strict";Object.defineProperty(me,"__esModule",{value:!0});me.AddressError=void 0;var He=class extends Error{constructor(e,t){super(e),this.name="AddressError",this.parseMessage=t}};me.AddressError=He});var Ie=E(C=>{"use strict";Object.defineProperty(C,"__esModule",{value:!0});C.isInSubnet=ds;C.isHostInSubnet=Me;C.isGloballyReachable=hs;C.offsetBigInt=ls;C.isCorrect=ps;C.prefixLengthFromMask=Ss;C.assertByteArray=ms;C.numberToPaddedHex=pt;C.stringToPaddedHex=Is;C.testBit=gs;var Z=fe();function ds(s){return this.subnetMask<s.subnetMask?!1:Me.call(this,s)}function Me(s){return this.binaryZeroPad().length!==s.binaryZeroPad().length?!1:this.mask(s.subnetMask)===s.mask()}function hs(s){let e=null;for(let t=0;t<s.length;t++){let r=s[t];r.reachable!==null&&Me.call(this,r.subnet)&&(e===null||r.subnet.subnetMask>e.subnet.subnetMask)&&(e=r)}return e===null?!0:e.reachable}function ls(s,e,t,r){if(typeof e=="number"&&!Number.isSafeInteger(e))throw new Z.AddressError(`${r} offset must be an integer`);if(typeof e!="number"&&typeof e!="bigint")throw new Z.AddressError(`${r} offset must be an integer`);let n=s+BigInt(e);if(n<BigInt(0)||n>(BigInt(1)<<BigInt(t))-BigInt(1))throw new Z.AddressError(`${r} offset leaves the address space`);return n}function ps(s){return function(){return this.addressMinusSuffix!==this.correctForm()?!1:this.subnetMask===s&&!this.parsedSubnet?!0:this.parsedSubnet===String(this.subnetMask)}}function Ss(s,e){let t=s.toString(2).padStart(e,"0");if(t.length>e)throw new Z.AddressError("Invalid subnet mask.");let r=t.indexOf("0");if(r===-1)return e;if(t.slice(r).includes("1"))throw new Z.AddressError("Invalid subnet mask.");return r}function ms(s,e,t,r){if(s.length!==e)throw new Z.AddressError(`${t} addresses require exactly ${e} bytes`);for(let n=0;n<s.length;n++)if(!Number.isInteger(s[n])||s[n]<r||s[n]>255)throw new Z.AddressError(`All bytes must be integers between ${r} and 255`)}function pt(s){return s.toString(16).padStart(2,"0")}function Is(s){return pt(parseInt(s,10))}function gs(s,e){let{length:t}=s;if(e>=t)return!1;let r=t-e-1;return s.substring(r,r+1)==="1"}});var Le=E(P=>{"use strict";Object.defineProperty(P,"__esModule",{value:!0});P.SPECIAL_PURPOSE=P.RE_SUBNET_STRING=P.RE_ADDRESS=P.GROUPS=P.BITS=void 0;P.BITS=32;P.GROUPS=4;P.RE_ADDRESS=/^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$/g;P.RE_SUBNET_STRING=/\\/\\d{1,2}$/;P.SPECIAL_PURPOSE=[["0.0.0.0/8","This network",!1],["0.0.0.0/32","This host on this network",!1],["10.0.0.0/8","Private-Use",!1],["100.64.0.0/10","Shared Address Space",!1],["127.0.0.0/8","Loopback",!1],["169.254.0.0/16","Link Local",!1],["172.16.0.0/12","Private-Use",!1],["192.0.0.0/24","IETF Protocol Assignments",!1],["192.0.0.0/29","IPv4 Service Continuity Prefix",!1],["192.0.0.8/32","IPv4 dummy address",!1],["192.0.0.9/32","Port Control Protocol Anycast",!0],["192.0.0.10/32","Traversal Using Relays around NAT Anycast",!0],["192.0.0.170/32","NAT64/DNS64 Discovery",!1],["192.0.0.171/32","NAT64/DNS64 Discovery",!1],["192.0.2.0/24","Documentation (TEST-NET-1)",!1],["192.31.196.0/24","AS112-v4",!0],["192.52.193.0/24","AMT",!0],["192.88.99.0/24","Deprecated (6to4 Relay Anycast)",null],["192.88.99.2/32","6a44-relay anycast address",!1],["192.168.0.0/16","Private-Use",!1],["192.175.48.0/24","Direct Delegation AS112 Service",!0],["198.18.0.0/15","Benchmarking",!1],["198.51.100.0/24","Documentation (TEST-NET-2)",!1],["203.0.113.0/24","Documentation (TEST-NET-3)",!1],["240.0.0.0/4","Reserved",!1],["255.255.255.255/32","Limited Broadcast",!1]]});var De=E(U=>{"use strict";var bs=U&&U.__createBinding||(Object.create?(function(s,e,t,r){r===void 0&&(r=t);var n=Object.getOwnPropertyDescriptor(e,t);(!n||("get"in n?!e.__esModule:n.writable||n.configurable))&&(n={enumerable:!0,get:function(){return e[t]}}),Object.defineProperty(s,r,n)}):(function(s,e,t,r){r===void 0&&(r=t),s[r]=e[t]})),Bs=U&&U.__setModuleDefault||(Object.create?(function(s,e){Object.defineProperty(s,"default",{enumerable:!0,value:e})}):function(s,e){s.default=e}),St=U&&U.__importStar||function(s){if(s&&s.__esModule)return s;var e={};if(s!=null)for(var t in s)t!=="default"&&Object.prototype.hasOwnProperty.call(s,t)&&bs(e,s,t);return Bs(e,s),e};Object.defineProperty(U,"__esModule",{value:!0});U.Address4=void 0;var O=St(Ie()),g=St(Le()),T=fe(),_s=O.isCorrect(g.BITS),b=class s{constructor(e){this.addressMinusSuffix="",this.groups=g.GROUPS,this.parsedAddress=[],this.parsedSubnet="",this.subnet="/32",this.subnetMask=32,this.v4=!0,this.isCorrect=_s,this.isInSubnet=O.isInSubnet,this.isHostInSubnet=O.isHostInSubnet,this.address=e;let t=g.RE_SUBNET_STRING.exec(e);if(t){if(this.parsedSubnet=t[0].replace("/",""),this.subnetMask=parseInt(this.parsedSubnet,10),this.subnet=`/${this.subnetMask}`,this.subnetMask<0||this.subnetMask>g.BITS)throw new T.AddressError("Invalid subnet mask.");e=e.replace(g.RE_SUBNET_STRING,"")}let r=g.GROUPS*4-1;if(e.length>r)throw new T.AddressError(`IPv4 addresses are at most ${r} characters.`);this.addressMinusSuffix=e,this.parsedAddress=this.parse(e)}static isValid(e){try{return new s(e),!0}catch{return!1}}parse(e){let t=e.split(".");if(t.some(r=>/^0\\d/.test(r)))throw new T.AddressError("IPv4 addresses can\'t have leading zeroes.");if(!e.match(g.RE_ADDRESS))throw new T.AddressError("Invalid IPv4 address.");return t}correctForm(){return this.parsedAddress.map(e=>parseInt(e,10)).join(".")}static fromAddressAndMask(e,t){let r=O.prefixLengthFromMask(new s(t).bigInt(),g.BITS);return new s(`${e}/${r}`)}static fromAddressAndWildcardMask(e,t){let r=new s(t).bigInt(),n=(BigInt(1)<<BigInt(g.BITS))-BigInt(1),i=r^n,o=O.prefixLengthFromMask(i,g.BITS);return new s(`${e}/${o}`)}static fromWildcard(e){let t=e.split(".");if(t.length!==g.GROUPS)throw new T.AddressError("Wildcard pattern must have 4 octets");let r=-1;for(let a=0;a<t.length;a++)if(t[a]==="*")r===-1&&(r=a);else if(r!==-1)throw new T.AddressError("Wildcard `*` must only appear in trailing octets (e.g. `192.168.0.*`)");let n=r===-1?0:t.length-r,i=t.map(a=>a==="*"?"0":a),o=g.BITS-n*8;return new s(`${i.join(".")}/${o}`)}static fromHex(e){let t=e.replace(/:/g,"");if(!/^[0-9a-fA-F]{8}$/.test(t))throw new T.AddressError("IPv4 hex must be exactly 8 hex digits");let r=[];for(let n=0;n<8;n+=2)r.push(parseInt(t.slice(n,n+2),16));return new s(r.join("."))}static fromInteger(e){if(!Number.isInteger(e)||e<0||e>4294967295)throw new T.AddressError("IPv4 integer must be in the range 0 to 2**32 - 1");return s.fromHex(e.toString(16).padStart(8,"0"))}static fromArpa(e){let t=g.GROUPS*4-1+3+14;if(e.length>t)throw new T.AddressError(`in-addr.arpa names are at most ${t} characters.`);let n=e.replace(/(\\.in-addr\\.arpa)?\\.?$/i,"").split(".").reverse().join(".");return new s(n)}toHex(){return this.parsedAddress.map(e=>O.stringToPaddedHex(e)).join(":")}toArray(){return this.parsedAddress.map(e=>parseInt(e,10))}toGroup6(){let e=[],t;for(t=0;t<g.GROUPS;t+=2)e.push(`${O.stringToPaddedHex(this.parsedAddress[t])}${O.stringToPaddedHex(this.parsedAddress[t+1])}`);return e.join(":")}bigInt(){return BigInt(`0x${this.parsedAddress.map(e=>O.stringToPaddedHex(e)).join("")}`)}_startAddress(){return BigInt(`0b${this.mask()+"0".repeat(g.BITS-this.subnetMask)}`)}startAddress(){return s.fromBigInt(this._startAddress())}startAddressExclusive(){let e=BigInt("1");return s.fromBigInt(this._startAddress()+e)}offset(e){return s.fromBigInt(O.offsetBigInt(this.bigInt(),e,g.BITS,"IPv4")).withSubnetMask(this.subnetMask)}nextNetwork(){return s.fromBigInt(O.offsetBigInt(this._endAddress(),1,g.BITS,"IPv4")).withSubnetMask(this.subnetMask)}withSubnetMask(e){return new s(`${this.correctForm()}/${e}`)}_endAddress(){return BigInt(`0b${this.mask()+"1".repeat(g.BITS-this.subnetMask)}`)}endAddress(){return s.fromBigInt(this._endAddress())}endAddressExclusive(){let e=BigInt("1");return s.fromBigInt(this._endAddress()-e)}subnetMaskAddress(){return s.fromBigInt(BigInt(`0b${"1".repeat(this.subnetMask)}${"0".repeat(g.BITS-this.subnetMask)}`))}wildcardMask(){return s.fromBigInt(BigInt(`0b${"0".repeat(this.subnetMask)}${"1".repeat(g.BITS-this.subnetMask)}`))}networkForm(){return`${this.startAddress().correctForm()}/${this.subnetMask}`}static fromBigInt(e){if(e<BigInt(0)||e>BigInt(4294967295))throw new T.AddressError("IPv4 BigInt must be in the range 0 to 2**32 - 1");return s.fromHex(e.toString(16).padStart(8,"0"))}static fromByteArray(e){return O.assertByteArray(e,4,"IPv4",0),this.fromUnsignedByteArray(e)}static fromUnsignedByteArray(e){if(e.length!==4)throw new T.AddressError("IPv4 addresses require exactly 4 bytes");let t=e.join(".");return new s(t)}mask(e){return e===void 0&&(e=this.subnetMask),this.getBitsBase2(0,e)}getBitsBase2(e,t){return this.binaryZeroPad().slice(e,t)}reverseForm(e){e||(e={});let t=this.correctForm().split(".").reverse().join(".");return e.omitSuffix?t:`${t}.in-addr.arpa.`}isMulticast(){return this.isHostInSubnet(Es)}isPrivate(){return ks.some(e=>this.isHostInSubnet(e))}isLoopback(){return this.isHostInSubnet(ws)}isLinkLocal(){return this.isHostInSubnet(ys)}isUnspecified(){return this.isHostInSubnet(As)}isBroadcast(){return this.isHostInSubnet(vs)}isCGNAT(){return this.isHostInSubnet(Os)}isDocumentation(){return Rs.some(e=>this.isHostInSubnet(e))}isBenchmarking(){return this.isHostInSubnet(Cs)}isReserved(){return this.isHostInSubnet(Ps)}isGlobal(){return!this.isMulticast()&&O.isGloballyReachable.call(this,Ts)}binaryZeroPad(){return this._binaryZeroPad===void 0&&(this._binaryZeroPad=this.bigInt().toString(2).padStart(g.BITS,"0")),this._binaryZeroPad}groupForV6(){let e=this.parsedAddress;return this.correctForm().replace(g.RE_ADDRESS,`<span class="hover-group group-v4 group-6">${e.slice(0,2).join(".")}</span>.<span class="hover-group group-v4 group-7">${e.slice(2,4).join(".")}</span>`)}};U.Address4=b;var Es=new b("224.0.0.0/4"),ks=[new b("10.0.0.0/8"),new b("172.16.0.0/12"),new b("192.168.0.0/16")],ws=new b("127.0.0.0/8"),ys=new b("169.254.0.0/16"),As=new b("0.0.0.0/32"),vs=new b("255.255.255.255/32"),Os=new b("100.64.0.0/10"),Rs=[new b("192.0.2.0/24"),new b("198.51.100.0/24"),new b("203.0.113.0/24")],Cs=new b("198.18.0.0/15"),Ps=new b("240.0.0.0/4"),Ts=g.SPECIAL_PURPOSE.map(([s,,e])=>({subnet:new b(s),reachable:e}))});var $e=E(I=>{"use strict";Object.defineProperty(I,"__esModule",{value:!0});I.SPECIAL_PURPOSE=I.RE_URL_WITH_PORT=I.RE_URL=I.RE_ZONE_STRING=I.RE_SUBNET_STRING=I.RE_BAD_ADDRESS=I.RE_BAD_CHARACTERS=I.TYPES=I.SCOPES=I.GROUPS=I.BITS=void 0;I.BITS=128;I.GROUPS=8;I.SCOPES={0:"Reserved",1:"Interface local",2:"Link local",4:"Admin local",5:"Site local",8:"Organization local",14:"Global",15:"Reserved"};I.TYPES={"ff01::1/128":"Multicast (All nodes on this interface)","ff01::2/128":"Multicast (All routers on this interface)","ff02::1/128":"Multicast (All nodes on this link)","ff02::2/128":"Multicast (All routers on this link)","ff05::2/128":"Multicast (All routers in this site)","ff02::5/128":"Multicast (OSPFv3 AllSPF routers)","ff02::6/128":"Multicast (OSPFv3 AllDR routers)","ff02::9/128":"Multicast (RIP routers)","ff02::a/128":"Multicast (EIGRP routers)","ff02::d/128":"Multicast (PIM routers)","ff02::16/128":"Multicast (MLDv2 reports)","ff01::fb/128":"Multicast (mDNSv6)","ff02::fb/128":"Multicast (mDNSv6)","ff05::fb/128":"Multicast (mDNSv6)","ff02::1:2/128":"Multicast (All DHCP servers and relay agents on this link)","ff05::1:2/128":"Multicast (All DHCP servers and relay agents in this site)","ff02::1:3/128":"Multicast (All DHCP servers on this link)","ff05::1:3/128":"Multicast (All DHCP servers in this site)","::/128":"Unspecified","::1/128":"Loopback","::ffff:0:0/96":"IPv4-mapped","::ffff:0:0:0/96":"IPv4-translated","ff00::/8":"Multicast","fe80::/10":"Link-local unicast","fc00::/7":"Unique local","2001::/32":"Teredo","2001:2::/48":"Benchmarking","2002::/16":"6to4","2001:db8::/32":"Documentation","3fff::/20":"Documentation","100::/64":"Discard-only","fec0::/10":"Site-local unicast (deprecated)","::/96":"IPv4-compatible (deprecated)","64:ff9b::/96":"NAT64 (well-known)","64:ff9b:1::/48":"NAT64 (local-use)"};I.RE_BAD_CHARACTERS=/([^0-9a-f:/%])/gi;I.RE_BAD_ADDRESS=/([0-9a-f]{5,}|:{3,}|[^:]:$|^:[^:]|\\/$)/gi;I.RE_SUBNET_STRING=/\\/\\d{1,3}(?=%|$)/;I.RE_ZONE_STRING=/%.*$/;I.RE_URL=/^(?:\\[([0-9a-f:.]+)\\]|([0-9a-f:.]+))(?:[/?#].*)?$/i;I.RE_URL_WITH_PORT=/^\\[([0-9a-f:.]+)\\]:([0-9]{1,5})(?:[/?#].*)?$/i;I.SPECIAL_PURPOSE=[["::1/128","Loopback Address",!1],["::/128","Unspecified Address",!1],["::ffff:0:0/96","IPv4-mapped Address",!1],["64:ff9b::/96","IPv4-IPv6 Translat.",!0],["64:ff9b:1::/48","IPv4-IPv6 Translat.",!1],["100::/64","Discard-Only Address Block",!1],["100:0:0:1::/64","Dummy IPv6 Prefix",!1],["2001::/23","IETF Protocol Assignments",!1],["2001::/32","TEREDO",!1],["2001:1::1/128","Port Control Protocol Anycast",!0],["2001:1::2/128","Traversal Using Relays around NAT Anycast",!0],["2001:1::3/128","DNS-SD Service Registration Protocol Anycast",!0],["2001:2::/48","Benchmarking",!1],["2001:3::/32","AMT",!0],["2001:4:112::/48","AS112-v6",!0],["2001:10::/28","Deprecated (previously ORCHID)",null],["2001:20::/28","ORCHIDv2",!0],["2001:30::/28","Drone Remote ID Protocol Entity Tags (DETs) Prefix",!0],["2001:db8::/32","Documentation",!1],["2002::/16","6to4",!1],["2620:4f:8000::/48","Direct Delegation AS112 Service",!0],["3fff::/20","Documentation",!1],["5f00::/16","Segment Routing (SRv6) SIDs",!1],["fc00::/7","Unique-Local",!1],["fe80::/10","Link-Local Unicast",!1]]});var Fe=E(W=>{"use strict";Object.defineProperty(W,"__esModule",{value:!0});W.escapeHtml=ge;W.spanAllZeroes=mt;W.spanAll=Ns;W.spanLeadingZeroes=xs;W.simpleGroup=Us;function ge(s){return s.replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/"/g,"&quot;").replace(/\'/g,"&#39;")}function mt(s){return ge(s).replace(/(0+)/g,\'<span class="zero">$1</span>\')}function Ns(s,e=0){return s.split("").map((r,n)=>`<span class="digit value-${ge(r)} position-${n+e}">${mt(r)}</span>`).join("")}function It(s){return ge(s).replace(/^(0+)/,\'<span class="zero">$1</span>\')}function xs(s){return s.split(":").map(t=>It(t)).join(":")}function Us(s,e=0){return s.split(":").map((r,n)=>/group-v4/.test(r)?r:`<span class="hover-group group-${n+e}">${It(r)}</span>`)}});var gt=E(A=>{"use strict";var Hs=A&&A.__createBinding||(Object.create?(function(s,e,t,r){r===void 0&&(r=t);var n=Object.getOwnPropertyDescriptor(e,t);(!n||("get"in n?!e.__esModule:n.writable||n.configurable))&&(n={enumerable:!0,get:function(){return e[t]}}),Object.defineProperty(s,r,n)}):(function(s,e,t,r){r===void 0&&(r=t),s[r]=e[t]})),Ms=A&&A.__setModuleDefault||(Object.create?(function(s,e){Object.defineProperty(s,"default",{enumerable:!0,value:e})}):function(s,e){s.default=e}),Ls=A&&A.__importStar||function(s){if(s&&s.__esModule)return s;var e={};if(s!=null)for(var t in s)t!=="default"&&Object.prototype.hasOwnProperty.call(s,t)&&Hs(e,s,t);return Ms(e,s),e};Object.defineProperty(A,"__esModule",{value:!0});A.ADDRESS_BOUNDARY=void 0;A.groupPossibilities=Be;A.padGroup=be;A.simpleRegularExpression=$s;A.possibleElisions=Fs;var Ds=Ls($e());function Be(s){return`(${s.join("|")})`}function be(s){return s.length<4?`0{0,${4-s.length}}${s}`:s}A.ADDRESS_BOUNDARY="[^A-Fa-f0-9:]";function $s(s){let e=[];s.forEach((r,n)=>{parseInt(r,16)===0&&e.push(n)});let t=e.map(r=>s.map((n,i)=>{if(i===r){let o=i===0||i===Ds.GROUPS-1?":":"";return Be([be(n),o])}return be(n)}).join(":"));return t.push(s.map(be).join(":")),Be(t)}function Fs(s,e,t){let r=e?"":":",n=t?"":":",i=[];!e&&!t&&i.push("::"),e&&t&&i.push(""),(t&&!e||!t&&e)&&i.push(":"),i.push(`${r}(:0{1,4}){1,${s-1}}`),i.push(`(0{1,4}:){1,${s-1}}${n}`),i.push(`(0{1,4}:){${s-1}}0{1,4}`);for(let o=1;o<s-1;o++)for(let a=1;a<s-o;a++)i.push(`(0{1,4}:){${a}}:(0{1,4}:){${s-a-o-1}}0{1,4}`);return Be(i)}});var kt=E(L=>{"use strict";var Vs=L&&L.__createBinding||(Object.create?(function(s,e,t,r){r===void 0&&(r=t);var n=Object.getOwnPropertyDescriptor(e,t);(!n||("get"in n?!e.__esModule:n.writable||n.configurable))&&(n={enumerable:!0,get:function(){return e[t]}}),Object.defineProperty(s,r,n)}):(function(s,e,t,r){r===void 0&&(r=t),s[r]=e[t]})),js=L&&L.__setModuleDefault||(Object.create?(function(s,e){Object.defineProperty(s,"default",{enumerable:!0,value:e})}):function(s,e){s.default=e}),ke=L&&L.__importStar||function(s){if(s&&s.__esModule)return s;var e={};if(s!=null)for(var t in s)t!=="default"&&Object.prototype.hasOwnProperty.call(s,t)&&Vs(e,s,t);return js(e,s),e};Object.defineProperty(L,"__esModule",{value:!0});L.Address6=void 0;var M=ke(Ie()),Ve=ke(Le()),d=ke($e()),G=ke(Fe()),H=De(),Y=gt(),B=fe(),_e=Ie(),Gs=M.isCorrect(d.BITS);function Ee(s){if(!s)throw new Error("Assertion failed.")}function Ks(s){let e=/(\\d+)(\\d{3})/;for(;e.test(s);)s=s.replace(e,"$1,$2");return s}function qs(s){return s=s.replace(/^(0{1,})([1-9]+)$/,\'<span class="parse-error">$1</span>$2\'),s=s.replace(/^(0{1,})(0)$/,\'<span class="parse-error">$1</span>$2\'),s}function zs(s,e){let t=[],r=[],n;for(n=0;n<s.length;n++)n<e[0]?t.push(s[n]):n>e[1]&&r.push(s[n]);return t.concat(["compact"]).concat(r)}function bt(s){return parseInt(s,16).toString(16).padStart(4,"0")}function Bt(s){return s&255}var k=class s{constructor(e,t){this.addressMinusSuffix="",this.parsedSubnet="",this.subnet="/128",this.subnetMask=128,this.v4=!1,this.zone="",this.isInSubnet=M.isInSubnet,this.isHostInSubnet=M.isHostInSubnet,this.isCorrect=Gs,t===void 0?this.groups=d.GROUPS:this.groups=t,this.address=e;let r=d.RE_SUBNET_STRING.exec(e);if(r){if(this.parsedSubnet=r[0].replace("/",""),this.subnetMask=parseInt(this.parsedSubnet,10),this.subnet=`/${this.subnetMask}`,Number.isNaN(this.subnetMask)||this.subnetMask<0||this.subnetMask>d.BITS)throw new B.AddressError("Invalid subnet mask.");e=e.replace(d.RE_SUBNET_STRING,"")}if(/\\//.test(e))throw new B.AddressError("Invalid subnet mask.");let n=e.indexOf("%");n!==-1&&/^.*$/.test(e.slice(n))&&(this.zone=e.slice(n),e=e.slice(0,n));let i=this.groups*5+5;if(e.length>i)throw new B.AddressError(`IPv6 addresses are at most ${i} characters.`);this.addressMinusSuffix=e,this.parsedAddress=this.parse(this.addressMinusSuffix)}static isValid(e){try{return new s(e),!0}catch{return!1}}static fromBigInt(e){if(e<BigInt(0)||e>(BigInt(1)<<BigInt(d.BITS))-BigInt(1))throw new B.AddressError("IPv6 BigInt must be in the range 0 to 2**128 - 1");let t=e.toString(16).padStart(32,"0"),r=[];for(let n=0;n<d.GROUPS;n++)r.push(t.slice(n*4,(n+1)*4));return new s(r.join(":"))}static fromURL(e){var t;let r,n=null,i,o,a=e.replace(/^[a-z][a-z0-9+.-]*:\\/\\//i,"");if(a.indexOf("[")!==-1&&a.indexOf("]:")!==-1){if(o="failed to parse address with port",i=d.RE_URL_WITH_PORT.exec(a),i===null)return{error:o,address:null,port:null};r=i[1],n=i[2]}else{if(o="failed to parse address from URL",i=d.RE_URL.exec(a),i===null)return{error:o,address:null,port:null};r=(t=i[1])!==null&&t!==void 0?t:i[2]}n?(n=parseInt(n,10),(n<0||n>65535)&&(n=null)):n=null;let u;try{u=new s(r)}catch{return{error:o,address:null,port:null}}return{address:u,port:n}}static fromAddressAndMask(e,t){let r=M.prefixLengthFromMask(new s(t).bigInt(),d.BITS);return new s(`${e}/${r}`)}static fromAddressAndWildcardMask(e,t){let r=new s(t).bigInt(),n=(BigInt(1)<<BigInt(d.BITS))-BigInt(1),i=r^n,o=M.prefixLengthFromMask(i,d.BITS);return new s(`${e}/${o}`)}static fromWildcard(e){if(e.includes("%")||e.includes("/"))throw new B.AddressError("Wildcard pattern must not include a zone or CIDR suffix");let t=e.split("::");if(t.length>2)throw new B.AddressError("Wildcard pattern cannot contain more than one \'::\'");let r;if(t.length===2){let u=t[0]===""?[]:t[0].split(":"),l=t[1]===""?[]:t[1].split(":"),h=d.GROUPS-u.length-l.length;if(h<1)throw new B.AddressError("Wildcard pattern with \'::\' has too many groups");r=[...u,...new Array(h).fill("0"),...l]}else r=e.split(":");if(r.length!==d.GROUPS)throw new B.AddressError("Wildcard pattern must have 8 groups");let n=-1;for(let u=0;u<r.length;u++)if(r[u]==="*")n===-1&&(n=u);else if(n!==-1)throw new B.AddressError("Wildcard `*` must only appear in trailing groups (e.g. `2001:db8:*:*:*:*:*:*`)");let i=n===-1?0:r.length-n,o=r.map(u=>u==="*"?"0":u),a=d.BITS-i*16;return new s(`${o.join(":")}/${a}`)}static fromAddress4(e){let t=new H.Address4(e),r=d.BITS-(Ve.BITS-t.subnetMask);return new s(`::ffff:${t.correctForm()}/${r}`)}static fromArpa(e){let t=e.replace(/(\\.ip6\\.arpa)?\\.?$/i,"");if(!/^[0-9a-f](\\.[0-9a-f]){0,31}$/i.test(t))throw new B.AddressError("Invalid \'ip6.arpa\' form.");let r=t.split(".").reverse(),n=r.length*4,i=r.join("").padEnd(32,"0"),o=[];for(let a=0;a<d.GROUPS;a++)o.push(i.slice(a*4,(a+1)*4));return new s(`${o.join(":")}/${n}`)}microsoftTranscription(){return`${this.correctForm().replace(/:/g,"-")}.ipv6-literal.net`}mask(e=this.subnetMask){return this.getBitsBase2(0,e)}possibleSubnets(e=128){let t=d.BITS-this.subnetMask,r=Math.abs(e-d.BITS),n=t-r;return n<0?"0":Ks((BigInt("2")**BigInt(n)).toString(10))}_startAddress(){return BigInt(`0b${this.mask()+"0".repeat(d.BITS-this.subnetMask)}`)}startAddress(){return s.fromBigInt(this._startAddress())}startAddressExclusive(){let e=BigInt("1");return s.fromBigInt(this._startAddress()+e)}_endAddress(){return BigInt(`0b${this.mask()+"1".repeat(d.BITS-this.subnetMask)}`)}endAddress(){return s.fromBigInt(this._endAddress())}endAddressExclusive(){let e=BigInt("1");return s.fromBigInt(this._endAddress()-e)}offset(e){return s.fromBigInt(M.offsetBigInt(this.bigInt(),e,d.BITS,"IPv6")).withSubnetMask(this.subnetMask)}nextNetwork(){return s.fromBigInt(M.offsetBigInt(this._endAddress(),1,d.BITS,"IPv6")).withSubnetMask(this.subnetMask)}withSubnetMask(e){return new s(`${this.correctForm()}/${e}`)}subnetMaskAddress(){return s.fromBigInt(BigInt(`0b${"1".repeat(this.subnetMask)}${"0".repeat(d.BITS-this.subnetMask)}`))}wildcardMask(){return s.fromBigInt(BigInt(`0b${"0".repeat(this.subnetMask)}${"1".repeat(d.BITS-this.subnetMask)}`))}networkForm(){return`${this.startAddress().correctForm()}/${this.subnetMask}`}getScope(){let e=this.getType();return e==="Multicast"||e.startsWith("Multicast ")?d.SCOPES[parseInt(this.getBits(12,16).toString(10),10)]||"Unknown":e==="Link-local unicast"||e==="Loopback"?"Link local":e==="Unspecified"?"Unknown":"Global"}getType(){for(let e=0;e<_t.length;e++){let t=_t[e];if(this.isHostInSubnet(t[0]))return t[1]}return this.isHostInSubnet(Et)?"Global unicast":"Reserved"}getBits(e,t){return BigInt(`0b${this.getBitsBase2(e,t)}`)}getBitsBase2(e,t){return this.binaryZeroPad().slice(e,t)}getBitsBase16(e,t){let r=t-e;if(r%4!==0)throw new Error("Length of bits to retrieve must be divisible by four");return this.getBits(e,t).toString(16).padStart(r/4,"0")}getBitsPastSubnet(){return this.getBitsBase2(this.subnetMask,d.BITS)}reverseForm(e){e||(e={});let t=Math.floor(this.subnetMask/4),r=this.canonicalForm().replace(/:/g,"").split("").slice(0,t).reverse().join(".");return t>0?e.omitSuffix?r:`${r}.ip6.arpa.`:e.omitSuffix?"":"ip6.arpa."}correctForm(){let e,t=[],r=0,n=[];for(e=0;e<this.parsedAddress.length;e++){let a=parseInt(this.parsedAddress[e],16);a===0&&r++,a!==0&&r>0&&(r>1&&n.push([e-r,e-1]),r=0)}r>1&&n.push([this.parsedAddress.length-r,this.parsedAddress.length-1]);let i=n.map(a=>a[1]-a[0]+1);if(n.length>0){let a=i.indexOf(Math.max(...i));t=zs(this.parsedAddress,n[a])}else t=this.parsedAddress;for(e=0;e<t.length;e++)t[e]!=="compact"&&(t[e]=parseInt(t[e],16).toString(16));let o=t.join(":");return o=o.replace(/^compact$/,"::"),o=o.replace(/(^compact)|(compact$)/,":"),o=o.replace(/compact/,""),o}binaryZeroPad(){return this._binaryZeroPad===void 0&&(this._binaryZeroPad=this.bigInt().toString(2).padStart(d.BITS,"0")),this._binaryZeroPad}parse4in6(e){if(e.indexOf(".")===-1)return e;let t=e.split(":"),r=t.slice(-1)[0],n=r.split(".");if(n.length===Ve.GROUPS&&n.every(o=>/^\\d{1,3}$/.test(o))&&n.some(o=>/^0\\d/.test(o))){let o=n.map(qs).join("."),a=t.slice(0,-1).map(G.escapeHtml).join(":"),u=t.length>1?":":"";throw new B.AddressError("IPv4 addresses can\'t have leading zeroes.",`${a}${u}${o}`)}let i=r.match(Ve.RE_ADDRESS);if(i){this.parsedAddress4=i[0];let o=this.subnetMask>=96?`/${this.subnetMask-96}`:"";this.address4=new H.Address4(`${this.parsedAddress4}${o}`),this.v4=!0,t[t.length-1]=this.address4.toGroup6(),e=t.join(":")}return e}parse(e){e=this.parse4in6(e);let t=e.match(d.RE_BAD_CHARACTERS);if(t)throw new B.AddressError(`Bad character${t.length>1?"s":""} detected in address: ${t.join("")}`,e.replace(d.RE_BAD_CHARACTERS,o=>`<span class="parse-error">${G.escapeHtml(o)}</span>`));let r=e.match(d.RE_BAD_ADDRESS);if(r)throw new B.AddressError(`Address failed regex: ${r.join("")}`,e.replace(d.RE_BAD_ADDRESS,\'<span class="parse-error">$1</span>\'));let n=[],i=e.split("::");if(i.length===2){let o=i[0].split(":"),a=i[1].split(":");o.length===1&&o[0]===""&&(o=[]),a.length===1&&a[0]===""&&(a=[]);let u=this.groups-(o.length+a.length);if(!u)throw new B.AddressError("Error parsing groups");this.elidedGroups=u,this.elisionBegin=o.length,this.elisionEnd=o.length+this.elidedGroups,n=n.concat(o);for(let l=0;l<u;l++)n.push("0");n=n.concat(a)}else if(i.length===1)n=e.split(":"),this.elidedGroups=0;else throw new B.AddressError("Too many :: groups found");if(n=n.map(o=>parseInt(o,16).toString(16)),n.length!==this.groups)throw new B.AddressError("Incorrect number of groups found");return n}canonicalForm(){return this.parsedAddress.map(bt).join(":")}decimal(){return this.parsedAddress.map(e=>parseInt(e,16).toString(10).padStart(5,"0")).join(":")}bigInt(){return BigInt(`0x${this.parsedAddress.map(bt).join("")}`)}to4(){let e=this.binaryZeroPad().split(""),t=BigInt(`0b${e.slice(96,128).join("")}`).toString(16).padStart(8,"0");if(this.subnetMask>=96){let r=this.subnetMask-96,n=[];for(let i=0;i<8;i+=2)n.push(parseInt(t.slice(i,i+2),16));return new H.Address4(`${n.join(".")}/${r}`)}return H.Address4.fromHex(t)}to4in6(){let e=this.to4(),r=new s(this.parsedAddress.slice(0,6).join(":"),6).correctForm(),n="";return/:$/.test(r)||(n=":"),r+n+e.correctForm()}inspectTeredo(){let e=this.getBitsBase16(0,32),r=(this.getBits(80,96)^BigInt("0xffff")).toString(),n=H.Address4.fromHex(this.getBitsBase16(32,64)),i=this.getBits(96,128),o=H.Address4.fromHex((i^BigInt("0xffffffff")).toString(16).padStart(8,"0")),a=this.getBitsBase2(64,80),u=(0,_e.testBit)(a,15),l=(0,_e.testBit)(a,14),h=(0,_e.testBit)(a,8),p=(0,_e.testBit)(a,9),S=BigInt(`0b${a.slice(2,6)+a.slice(8,16)}`).toString(10);return{prefix:`${e.slice(0,4)}:${e.slice(4,8)}`,server4:n.address,client4:o.address,flags:a,coneNat:u,microsoft:{reserved:l,universalLocal:p,groupIndividual:h,nonce:S},udpPort:r}}inspect6to4(){let e=this.getBitsBase16(0,16),t=H.Address4.fromHex(this.getBitsBase16(16,48));return{prefix:e.slice(0,4),gateway:t.address}}to6to4(){if(!this.is4())return null;let e=["2002",this.getBitsBase16(96,112),this.getBitsBase16(112,128),"","/16"].join(":");return new s(e)}static fromAddress4Nat64(e,t="64:ff9b::/96"){let r=new H.Address4(e),n=new s(t),i=n.subnetMask;if(i!==32&&i!==40&&i!==48&&i!==56&&i!==64&&i!==96)throw new B.AddressError("NAT64 prefix length must be 32, 40, 48, 56, 64, or 96");let o=n.binaryZeroPad(),a=r.binaryZeroPad(),u;if(i===96)u=o.slice(0,96)+a;else{let p=64-i;u=[o.slice(0,i),a.slice(0,p),"00000000",a.slice(p),"0".repeat(56-(32-p))].join("")}let l=BigInt(`0b${u}`).toString(16).padStart(32,"0"),h=[];for(let p=0;p<8;p++)h.push(l.slice(p*4,(p+1)*4));return new s(h.join(":"))}toAddress4Nat64(e="64:ff9b::/96"){let t=new s(e),r=t.subnetMask;if(r!==32&&r!==40&&r!==48&&r!==56&&r!==64&&r!==96)throw new B.AddressError("NAT64 prefix length must be 32, 40, 48, 56, 64, or 96");if(!this.isHostInSubnet(t))return null;let n=this.binaryZeroPad(),i;if(r===96)i=n.slice(96,128);else{let a=64-r;i=n.slice(r,r+a)+n.slice(72,72+(32-a))}let o=[];for(let a=0;a<4;a++)o.push(parseInt(i.slice(a*8,(a+1)*8),2).toString());return new H.Address4(o.join("."))}toByteArray(){let e=this.bigInt().toString(16).padStart(d.BITS/4,"0"),t=[];for(let r=0,n=e.length;r<n;r+=2)t.push(parseInt(e.substring(r,r+2),16));return t}toUnsignedByteArray(){return this.toByteArray().map(Bt)}static fromByteArray(e){return M.assertByteArray(e,16,"IPv6",-128),this.fromUnsignedByteArray(e.map(Bt))}static fromUnsignedByteArray(e){M.assertByteArray(e,16,"IPv6",0);let t=BigInt("256"),r=BigInt("0"),n=BigInt("1");for(let i=e.length-1;i>=0;i--)r+=n*BigInt(e[i].toString(10)),n*=t;return s.fromBigInt(r)}isCanonical(){return this.addressMinusSuffix===this.canonicalForm()}isLinkLocal(){let e=this.embeddedIPv4();return e?e.isLinkLocal():this.isHostInSubnet(Js)}isMulticast(){let e=this.embeddedIPv4();if(e)return e.isMulticast();let t=this.getType();return t==="Multicast"||t.startsWith("Multicast ")}is4(){return this.v4}isMapped4(){return this.isHostInSubnet(tr)}embeddedIPv4(){return this.isMapped4()||this.isHostInSubnet(sr)?this.to4():null}isTeredo(){return this.isHostInSubnet(Zs)}is6to4(){return this.isHostInSubnet(Ws)}isLoopback(){let e=this.embeddedIPv4();return e?e.isLoopback():this.getType()==="Loopback"}isULA(){return this.isHostInSubnet(Ys)}isPrivate(){let e=this.embeddedIPv4();return e?e.isPrivate():this.isULA()||this.isHostInSubnet(rr)}isCGNAT(){let e=this.embeddedIPv4();return e?e.isCGNAT():!1}isBroadcast(){let e=this.embeddedIPv4();return e?e.isBroadcast():!1}isUnspecified(){let e=this.embeddedIPv4();return e?e.isUnspecified():this.getType()==="Unspecified"}isDocumentation(){return Xs.some(e=>this.isHostInSubnet(e))}isBenchmarking(){let e=this.embeddedIPv4();return e?e.isBenchmarking():this.isHostInSubnet(Qs)}isGlobal(){let e=this.embeddedIPv4();return e?e.isGlobal():this.isHostInSubnet(Et)&&M.isGloballyReachable.call(this,er)}href(e){return e===void 0?e="":e=`:${e}`,`http://[${this.correctForm()}]${e}/`}link(e){e||(e={}),e.className===void 0&&(e.className=""),e.prefix===void 0&&(e.prefix="/#address="),e.v4===void 0&&(e.v4=!1);let t=this.correctForm;e.v4&&(t=this.to4in6);let r=t.call(this),n=G.escapeHtml(`${e.prefix}${r}`),i=G.escapeHtml(r);if(e.className){let o=G.escapeHtml(e.className);return`<a href="${n}" class="${o}">${i}</a>`}return`<a href="${n}">${i}</a>`}group(){if(this.elidedGroups===0)return G.simpleGroup(this.addressMinusSuffix).join(":");Ee(typeof this.elidedGroups=="number"),Ee(typeof this.elisionBegin=="number");let e=[],[t,r]=this.addressMinusSuffix.split("::");t.length?e.push(...G.simpleGroup(t)):e.push("");let n=["hover-group"];for(let i=this.elisionBegin;i<this.elisionBegin+this.elidedGroups;i++)n.push(`group-${i}`);return e.push(`<span class="${n.join(" ")}"></span>`),r.length?e.push(...G.simpleGroup(r,this.elisionEnd)):e.push(""),this.is4()&&(Ee(this.address4 instanceof H.Address4),e.pop(),e.push(this.address4.groupForV6())),e.join(":")}regularExpressionString(e=!1){let t=[],r=new s(this.correctForm());if(r.elidedGroups===0)t.push((0,Y.simpleRegularExpression)(r.parsedAddress));else if(r.elidedGroups===d.GROUPS)t.push((0,Y.possibleElisions)(d.GROUPS));else{let n=r.address.split("::");n[0].length&&t.push((0,Y.simpleRegularExpression)(n[0].split(":"))),Ee(typeof r.elidedGroups=="number"),t.push((0,Y.possibleElisions)(r.elidedGroups,n[0].length!==0,n[1].length!==0)),n[1].length&&t.push((0,Y.simpleRegularExpression)(n[1].split(":"))),t=[t.join(":")]}return e||(t=["(?=^|",Y.ADDRESS_BOUNDARY,"|[^\\\\w\\\\:])(",...t,")(?=[^\\\\w\\\\:]|",Y.ADDRESS_BOUNDARY,"|$)"]),t.join("")}regularExpression(e=!1){return new RegExp(this.regularExpressionString(e),"i")}};L.Address6=k;var _t=Object.keys(d.TYPES).map(s=>[new k(s),d.TYPES[s]]),Zs=new k("2001::/32"),Ws=new k("2002::/16"),Ys=new k("fc00::/7"),Js=new k("fe80::/10"),Xs=[new k("2001:db8::/32"),new k("3fff::/20")],Qs=new k("2001:2::/48"),Et=new k("2000::/3"),er=d.SPECIAL_PURPOSE.map(([s,,e])=>({subnet:new k(s),reachable:e})),tr=new k("::ffff:0:0/96"),sr=new k("64:ff9b::/96"),rr=new k("64:ff9b:1::/48")});var je=E(w=>{"use strict";var nr=w&&w.__createBinding||(Object.create?(function(s,e,t,r){r===void 0&&(r=t);var n=Object.getOwnPropertyDescriptor(e,t);(!n||("get"in n?!e.__esModule:n.writable||n.configurable))&&(n={enumerable:!0,get:function(){return e[t]}}),Object.defineProperty(s,r,n)}):(function(s,e,t,r){r===void 0&&(r=t),s[r]=e[t]})),ir=w&&w.__setModuleDefault||(Object.create?(function(s,e){Object.defineProperty(s,"default",{enumerable:!0,value:e})}):function(s,e){s.default=e}),or=w&&w.__importStar||function(s){if(s&&s.__esModule)return s;var e={};if(s!=null)for(var t in s)t!=="default"&&Object.prototype.hasOwnProperty.call(s,t)&&nr(e,s,t);return ir(e,s),e};Object.defineProperty(w,"__esModule",{value:!0});w.v6=w.AddressError=w.Address6=w.Address4=void 0;var ar=De();Object.defineProperty(w,"Address4",{enumerable:!0,get:function(){return ar.Address4}});var cr=kt();Object.defineProperty(w,"Address6",{enumerable:!0,get:function(){return cr.Address6}});var ur=fe();Object.defineProperty(w,"AddressError",{enumerable:!0,get:function(){return ur.AddressError}});var fr=or(Fe());w.v6={helpers:fr}});var Rt=E(J=>{"use strict";Object.defineProperty(J,"__esModule",{value:!0});J.validateSocksClientOptions=hr;J.validateSocksClientChainOptions=lr;J.ipv4ToInt32=pr;J.int32ToIpv4=Sr;J.ipToBuffer=mr;var y=Ue(),_=Ne(),dr=ie("stream"),Ge=je(),wt=ie("net");function hr(s,e=["connect","bind","associate"]){if(!_.SocksCommand[s.command])throw new y.SocksClientError(_.ERRORS.InvalidSocksCommand,s);if(e.indexOf(s.command)===-1)throw new y.SocksClientError(_.ERRORS.InvalidSocksCommandForOperation,s);if(!At(s.destination))throw new y.SocksClientError(_.ERRORS.InvalidSocksClientOptionsDestination,s);if(!vt(s.proxy))throw new y.SocksClientError(_.ERRORS.InvalidSocksClientOptionsProxy,s);if(yt(s.proxy,s),s.timeout&&!Ot(s.timeout))throw new y.SocksClientError(_.ERRORS.InvalidSocksClientOptionsTimeout,s);if(s.existing_socket&&!(s.existing_socket instanceof dr.Duplex))throw new y.SocksClientError(_.ERRORS.InvalidSocksClientOptionsExistingSocket,s)}function lr(s){if(s.command!=="connect")throw new y.SocksClientError(_.ERRORS.InvalidSocksCommandChain,s);if(!At(s.destination))throw new y.SocksClientError(_.ERRORS.InvalidSocksClientOptionsDestination,s);if(!(s.proxies&&Array.isArray(s.proxies)&&s.proxies.length>=2))throw new y.SocksClientError(_.ERRORS.InvalidSocksClientOptionsProxiesLength,s);if(s.proxies.forEach(e=>{if(!vt(e))throw new y.SocksClientError(_.ERRORS.InvalidSocksClientOptionsProxy,s);yt(e,s)}),s.timeout&&!Ot(s.timeout))throw new y.SocksClientError(_.ERRORS.InvalidSocksClientOptionsTimeout,s)}function yt(s,e){if(s.custom_auth_method!==void 0){if(s.custom_auth_method<_.SOCKS5_CUSTOM_AUTH_START||s.custom_auth_method>_.SOCKS5_CUSTOM_AUTH_END)throw new y.SocksClientError(_.ERRORS.InvalidSocksClientOptionsCustomAuthRange,e);if(s.custom_auth_request_handler===void 0||typeof s.custom_auth_request_handler!="function")throw new y.SocksClientError(_.ERRORS.InvalidSocksClientOptionsCustomAuthOptions,e);if(s.custom_auth_response_size===void 0)throw new y.SocksClientError(_.ERRORS.InvalidSocksClientOptionsCustomAuthOptions,e);if(s.custom_auth_response_handler===void 0||typeof s.custom_auth_response_handler!="function")throw new y.SocksClientError(_.ERRORS.InvalidSocksClientOptionsCustomAuthOptions,e)}}function At(s){return s&&typeof s.host=="string"&&Buffer.byteLength(s.host)<256&&typeof s.port=="number"&&s.port>=0&&s.port<=65535}function vt(s){return s&&(typeof s.host=="string"||typeof s.ipaddress=="string")&&typeof s.port=="number"&&s.port>=0&&s.port<=65535&&(s.type===4||s.type===5)}function Ot(s){return typeof s=="number"&&s>0}function pr(s){return new Ge.Address4(s).toArray().reduce((t,r)=>(t<<8)+r,0)>>>0}function Sr(s){let e=s>>>24&255,t=s>>>16&255,r=s>>>8&255,n=s&255;return[e,t,r,n].join(".")}function mr(s){if(wt.isIPv4(s)){let e=new Ge.Address4(s);return Buffer.from(e.toArray())}else if(wt.isIPv6(s)){let e=new Ge.Address6(s);return Buffer.from(e.canonicalForm().split(":").map(t=>t.padStart(4,"0")).join(""),"hex")}else throw new Error("Invalid IP address format")}});var Ct=E(we=>{"use strict";Object.defineProperty(we,"__esModule",{value:!0});we.ReceiveBuffer=void 0;var Ke=class{constructor(e=4096){this.buffer=Buffer.allocUnsafe(e),this.offset=0,this.originalSize=e}get length(){return this.offset}append(e){if(!Buffer.isBuffer(e))throw new Error("Attempted to append a non-buffer instance to ReceiveBuffer.");if(this.offset+e.length>=this.buffer.length){let t=this.buffer;this.buffer=Buffer.allocUnsafe(Math.max(this.buffer.length+this.originalSize,this.buffer.length+e.length)),t.copy(this.buffer)}return e.copy(this.buffer,this.offset),this.offset+=e.length}peek(e){if(e>this.offset)throw new Error("Attempted to read beyond the bounds of the managed internal data.");return this.buffer.slice(0,e)}get(e){if(e>this.offset)throw new Error("Attempted to read beyond the bounds of the managed internal data.");let t=Buffer.allocUnsafe(e);return this.buffer.slice(0,e).copy(t),this.buffer.copyWithin(0,e,e+this.offset-e),this.offset-=e,t}};we.ReceiveBuffer=Ke});var Pt=E(K=>{"use strict";var te=K&&K.__awaiter||function(s,e,t,r){function n(i){return i instanceof t?i:new t(function(o){o(i)})}return new(t||(t=Promise))(function(i,o){function a(h){try{l(r.next(h))}catch(p){o(p)}}function u(h){try{l(r.throw(h))}catch(p){o(p)}}function l(h){h.done?i(h.value):n(h.value).then(a,u)}l((r=r.apply(s,e||[])).next())})};Object.defineProperty(K,"__esModule",{value:!0});K.SocksClientError=K.SocksClient=void 0;var Ir=ie("events"),se=ie("net"),v=at(),c=Ne(),R=Rt(),gr=Ct(),ze=Ue();Object.defineProperty(K,"SocksClientError",{enumerable:!0,get:function(){return ze.SocksClientError}});var qe=je(),Ze=class s extends Ir.EventEmitter{constructor(e){super(),this.options=Object.assign({},e),(0,R.validateSocksClientOptions)(e),this.setState(c.SocksClientState.Created)}static createConnection(e,t){return new Promise((r,n)=>{try{(0,R.validateSocksClientOptions)(e,["connect"])}catch(o){return typeof t=="function"?(t(o),r(o)):n(o)}let i=new s(e);i.connect(e.existing_socket),i.once("established",o=>{i.removeAllListeners(),typeof t=="function"&&t(null,o),r(o)}),i.once("error",o=>{i.removeAllListeners(),typeof t=="function"?(t(o),r(o)):n(o)})})}static createConnectionChain(e,t){return new Promise((r,n)=>te(this,void 0,void 0,function*(){try{(0,R.validateSocksClientChainOptions)(e)}catch(i){return typeof t=="function"?(t(i),r(i)):n(i)}e.randomizeChain&&(0,ze.shuffleArray)(e.proxies);try{let i;for(let o=0;o<e.proxies.length;o++){let a=e.proxies[o],u=o===e.proxies.length-1?e.destination:{host:e.proxies[o+1].host||e.proxies[o+1].ipaddress,port:e.proxies[o+1].port},l=yield s.createConnection({command:"connect",proxy:a,destination:u,existing_socket:i});i=i||l.socket}typeof t=="function"?(t(null,{socket:i}),r({socket:i})):r({socket:i})}catch(i){typeof t=="function"?(t(i),r(i)):n(i)}}))}static createUDPFrame(e){let t=new v.SmartBuffer;return t.writeUInt16BE(0),t.writeUInt8(e.frameNumber||0),se.isIPv4(e.remoteHost.host)?(t.writeUInt8(c.Socks5HostType.IPv4),t.writeUInt32BE((0,R.ipv4ToInt32)(e.remoteHost.host))):se.isIPv6(e.remoteHost.host)?(t.writeUInt8(c.Socks5HostType.IPv6),t.writeBuffer((0,R.ipToBuffer)(e.remoteHost.host))):(t.writeUInt8(c.Socks5HostType.Hostname),t.writeUInt8(Buffer.byteLength(e.remoteHost.host)),t.writeString(e.remoteHost.host)),t.writeUInt16BE(e.remoteHost.port),t.writeBuffer(e.data),t.toBuffer()}static parseUDPFrame(e){let t=v.SmartBuffer.fromBuffer(e);t.readOffset=2;let r=t.readUInt8(),n=t.readUInt8(),i;n===c.Socks5HostType.IPv4?i=(0,R.int32ToIpv4)(t.readUInt32BE()):n===c.Socks5HostType.IPv6?i=qe.Address6.fromByteArray(Array.from(t.readBuffer(16))).canonicalForm():i=t.readString(t.readUInt8());let o=t.readUInt16BE();return{frameNumber:r,remoteHost:{host:i,port:o},data:t.readBuffer()}}setState(e){this.state!==c.SocksClientState.Error&&(this.state=e)}connect(e){this.onDataReceived=r=>this.onDataReceivedHandler(r),this.onClose=()=>this.onCloseHandler(),this.onError=r=>this.onErrorHandler(r),this.onConnect=()=>this.onConnectHandler();let t=setTimeout(()=>this.onEstablishedTimeout(),this.options.timeout||c.DEFAULT_TIMEOUT);t.unref&&typeof t.unref=="function"&&t.unref(),e?this.socket=e:this.socket=new se.Socket,this.socket.once("close",this.onClose),this.socket.once("error",this.onError),this.socket.once("connect",this.onConnect),this.socket.on("data",this.onDataReceived),this.setState(c.SocksClientState.Connecting),this.receiveBuffer=new gr.ReceiveBuffer,e?this.socket.emit("connect"):(this.socket.connect(this.getSocketOptions()),this.options.set_tcp_nodelay!==void 0&&this.options.set_tcp_nodelay!==null&&this.socket.setNoDelay(!!this.options.set_tcp_nodelay)),this.prependOnceListener("established",r=>{setImmediate(()=>{if(this.receiveBuffer.length>0){let n=this.receiveBuffer.get(this.receiveBuffer.length);r.socket.emit("data",n)}r.socket.resume()})})}getSocketOptions(){return Object.assign(Object.assign({},this.options.socket_options),{host:this.options.proxy.host||this.options.proxy.ipaddress,port:this.options.proxy.port})}onEstablishedTimeout(){this.state!==c.SocksClientState.Established&&this.state!==c.SocksClientState.BoundWaitingForConnection&&this.closeSocket(c.ERRORS.ProxyConnectionTimedOut)}onConnectHandler(){this.setState(c.SocksClientState.Connected),this.options.proxy.type===4?this.sendSocks4InitialHandshake():this.sendSocks5InitialHandshake(),this.setState(c.SocksClientState.SentInitialHandshake)}onDataReceivedHandler(e){this.receiveBuffer.append(e),this.processData()}processData(){for(;this.state!==c.SocksClientState.Established&&this.state!==c.SocksClientState.Error&&this.receiveBuffer.length>=this.nextRequiredPacketBufferSize;)if(this.state===c.SocksClientState.SentInitialHandshake)this.options.proxy.type===4?this.handleSocks4FinalHandshakeResponse():this.handleInitialSocks5HandshakeResponse();else if(this.state===c.SocksClientState.SentAuthentication)this.handleInitialSocks5AuthenticationHandshakeResponse();else if(this.state===c.SocksClientState.SentFinalHandshake)this.handleSocks5FinalHandshakeResponse();else if(this.state===c.SocksClientState.BoundWaitingForConnection)this.options.proxy.type===4?this.handleSocks4IncomingConnectionResponse():this.handleSocks5IncomingConnectionResponse();else{this.closeSocket(c.ERRORS.InternalError);break}}onCloseHandler(){this.closeSocket(c.ERRORS.SocketClosed)}onErrorHandler(e){this.closeSocket(e.message)}removeInternalSocketHandlers(){this.socket.pause(),this.socket.removeListener("data",this.onDataReceived),this.socket.removeListener("close",this.onClose),this.socket.removeListener("error",this.onError),this.socket.removeListener("connect",this.onConnect)}closeSocket(e){this.state!==c.SocksClientState.Error&&(this.setState(c.SocksClientState.Error),this.socket.destroy(),this.removeInternalSocketHandlers(),this.emit("error",new ze.SocksClientError(e,this.options)))}sendSocks4InitialHandshake(){let e=this.options.proxy.userId||"",t=new v.SmartBuffer;t.writeUInt8(4),t.writeUInt8(c.SocksCommand[this.options.command]),t.writeUInt16BE(this.options.destination.port),se.isIPv4(this.options.destination.host)?(t.writeBuffer((0,R.ipToBuffer)(this.options.destination.host)),t.writeStringNT(e)):(t.writeUInt8(0),t.writeUInt8(0),t.writeUInt8(0),t.writeUInt8(1),t.writeStringNT(e),t.writeStringNT(this.options.destination.host)),this.nextRequiredPacketBufferSize=c.SOCKS_INCOMING_PACKET_SIZES.Socks4Response,this.socket.write(t.toBuffer())}handleSocks4FinalHandshakeResponse(){let e=this.receiveBuffer.get(8);if(e[1]!==c.Socks4Response.Granted)this.closeSocket(`${c.ERRORS.Socks4ProxyRejectedConnection} - (${c.Socks4Response[e[1]]})`);else if(c.SocksCommand[this.options.command]===c.SocksCommand.bind){let t=v.SmartBuffer.fromBuffer(e);t.readOffset=2;let r={port:t.readUInt16BE(),host:(0,R.int32ToIpv4)(t.readUInt32BE())};r.host==="0.0.0.0"&&(r.host=this.options.proxy.ipaddress),this.setState(c.SocksClientState.BoundWaitingForConnection),this.emit("bound",{remoteHost:r,socket:this.socket})}else this.setState(c.SocksClientState.Established),this.removeInternalSocketHandlers(),this.emit("established",{socket:this.socket})}handleSocks4IncomingConnectionResponse(){let e=this.receiveBuffer.get(8);if(e[1]!==c.Socks4Response.Granted)this.closeSocket(`${c.ERRORS.Socks4ProxyRejectedIncomingBoundConnection} - (${c.Socks4Response[e[1]]})`);else{let t=v.SmartBuffer.fromBuffer(e);t.readOffset=2;let r={port:t.readUInt16BE(),host:(0,R.int32ToIpv4)(t.readUInt32BE())};this.setState(c.SocksClientState.Established),this.removeInternalSocketHandlers(),this.emit("established",{remoteHost:r,socket:this.socket})}}sendSocks5InitialHandshake(){let e=new v.SmartBuffer,t=[c.Socks5Auth.NoAuth];(this.options.proxy.userId||this.options.proxy.password)&&t.push(c.Socks5Auth.UserPass),this.options.proxy.custom_auth_method!==void 0&&t.push(this.options.proxy.custom_auth_method),e.writeUInt8(5),e.writeUInt8(t.length);for(let r of t)e.writeUInt8(r);this.nextRequiredPacketBufferSize=c.SOCKS_INCOMING_PACKET_SIZES.Socks5InitialHandshakeResponse,this.socket.write(e.toBuffer()),this.setState(c.SocksClientState.SentInitialHandshake)}handleInitialSocks5HandshakeResponse(){let e=this.receiveBuffer.get(2);e[0]!==5?this.closeSocket(c.ERRORS.InvalidSocks5IntiailHandshakeSocksVersion):e[1]===c.SOCKS5_NO_ACCEPTABLE_AUTH?this.closeSocket(c.ERRORS.InvalidSocks5InitialHandshakeNoAcceptedAuthType):e[1]===c.Socks5Auth.NoAuth?(this.socks5ChosenAuthType=c.Socks5Auth.NoAuth,this.sendSocks5CommandRequest()):e[1]===c.Socks5Auth.UserPass?(this.socks5ChosenAuthType=c.Socks5Auth.UserPass,this.sendSocks5UserPassAuthentication()):e[1]===this.options.proxy.custom_auth_method?(this.socks5ChosenAuthType=this.options.proxy.custom_auth_method,this.sendSocks5CustomAuthentication()):this.closeSocket(c.ERRORS.InvalidSocks5InitialHandshakeUnknownAuthType)}sendSocks5UserPassAuthentication(){let e=this.options.proxy.userId||"",t=this.options.proxy.password||"",r=new v.SmartBuffer;r.writeUInt8(1),r.writeUInt8(Buffer.byteLength(e)),r.writeString(e),r.writeUInt8(Buffer.byteLength(t)),r.writeString(t),this.nextRequiredPacketBufferSize=c.SOCKS_INCOMING_PACKET_SIZES.Socks5UserPassAuthenticationResponse,this.socket.write(r.toBuffer()),this.setState(c.SocksClientState.SentAuthentication)}sendSocks5CustomAuthentication(){return te(this,void 0,void 0,function*(){this.nextRequiredPacketBufferSize=this.options.proxy.custom_auth_response_size,this.socket.write(yield this.options.proxy.custom_auth_request_handler()),this.setState(c.SocksClientState.SentAuthentication)})}handleSocks5CustomAuthHandshakeResponse(e){return te(this,void 0,void 0,function*(){return yield this.options.proxy.custom_auth_response_handler(e)})}handleSocks5AuthenticationNoAuthHandshakeResponse(e){return te(this,void 0,void 0,function*(){return e[1]===0})}handleSocks5AuthenticationUserPassHandshakeResponse(e){return te(this,void 0,void 0,function*(){return e[1]===0})}handleInitialSocks5AuthenticationHandshakeResponse(){return te(this,void 0,void 0,function*(){this.setState(c.SocksClientState.ReceivedAuthenticationResponse);let e=!1;this.socks5ChosenAuthType===c.Socks5Auth.NoAuth?e=yield this.handleSocks5AuthenticationNoAuthHandshakeResponse(this.receiveBuffer.get(2)):this.socks5ChosenAuthType===c.Socks5Auth.UserPass?e=yield this.handleSocks5AuthenticationUserPassHandshakeResponse(this.receiveBuffer.get(2)):this.socks5ChosenAuthType===this.options.proxy.custom_auth_method&&(e=yield this.handleSocks5CustomAuthHandshakeResponse(this.receiveBuffer.get(this.options.proxy.custom_auth_response_size))),e?this.sendSocks5CommandRequest():this.closeSocket(c.ERRORS.Socks5AuthenticationFailed)})}sendSocks5CommandRequest(){let e=new v.SmartBuffer;e.writeUInt8(5),e.writeUInt8(c.SocksCommand[this.options.command]),e.writeUInt8(0),se.isIPv4(this.options.destination.host)?(e.writeUInt8(c.Socks5HostType.IPv4),e.writeBuffer((0,R.ipToBuffer)(this.options.destination.host))):se.isIPv6(this.options.destination.host)?(e.writeUInt8(c.Socks5HostType.IPv6),e.writeBuffer((0,R.ipToBuffer)(this.options.destination.host))):(e.writeUInt8(c.Socks5HostType.Hostname),e.writeUInt8(this.options.destination.host.length),e.writeString(this.options.destination.host)),e.writeUInt16BE(this.options.destination.port),this.nextRequiredPacketBufferSize=c.SOCKS_INCOMING_PACKET_SIZES.Socks5ResponseHeader,this.socket.write(e.toBuffer()),this.setState(c.SocksClientState.SentFinalHandshake)}handleSocks5FinalHandshakeResponse(){let e=this.receiveBuffer.peek(5);if(e[0]!==5||e[1]!==c.Socks5Response.Granted)this.closeSocket(`${c.ERRORS.InvalidSocks5FinalHandshakeRejected} - ${c.Socks5Response[e[1]]}`);else{let t=e[3],r,n;if(t===c.Socks5HostType.IPv4){let i=c.SOCKS_INCOMING_PACKET_SIZES.Socks5ResponseIPv4;if(this.receiveBuffer.length<i){this.nextRequiredPacketBufferSize=i;return}n=v.SmartBuffer.fromBuffer(this.receiveBuffer.get(i).slice(4)),r={host:(0,R.int32ToIpv4)(n.readUInt32BE()),port:n.readUInt16BE()},r.host==="0.0.0.0"&&(r.host=this.options.proxy.ipaddress)}else if(t===c.Socks5HostType.Hostname){let i=e[4],o=c.SOCKS_INCOMING_PACKET_SIZES.Socks5ResponseHostname(i);if(this.receiveBuffer.length<o){this.nextRequiredPacketBufferSize=o;return}n=v.SmartBuffer.fromBuffer(this.receiveBuffer.get(o).slice(5)),r={host:n.readString(i),port:n.readUInt16BE()}}else if(t===c.Socks5HostType.IPv6){let i=c.SOCKS_INCOMING_PACKET_SIZES.Socks5ResponseIPv6;if(this.receiveBuffer.length<i){this.nextRequiredPacketBufferSize=i;return}n=v.SmartBuffer.fromBuffer(this.receiveBuffer.get(i).slice(4)),r={host:qe.Address6.fromByteArray(Array.from(n.readBuffer(16))).canonicalForm(),port:n.readUInt16BE()}}this.setState(c.SocksClientState.ReceivedFinalResponse),c.SocksCommand[this.options.command]===c.SocksCommand.connect?(this.setState(c.SocksClientState.Established),this.removeInternalSocketHandlers(),this.emit("established",{remoteHost:r,socket:this.socket})):c.SocksCommand[this.options.command]===c.SocksCommand.bind?(this.setState(c.SocksClientState.BoundWaitingForConnection),this.nextRequiredPacketBufferSize=c.SOCKS_INCOMING_PACKET_SIZES.Socks5ResponseHeader,this.emit("bound",{remoteHost:r,socket:this.socket})):c.SocksCommand[this.options.command]===c.SocksCommand.associate&&(this.setState(c.SocksClientState.Established),this.removeInternalSocketHandlers(),this.emit("established",{remoteHost:r,socket:this.socket}))}}handleSocks5IncomingConnectionResponse(){let e=this.receiveBuffer.peek(5);if(e[0]!==5||e[1]!==c.Socks5Response.Granted)this.closeSocket(`${c.ERRORS.Socks5ProxyRejectedIncomingBoundConnection} - ${c.Socks5Response[e[1]]}`);else{let t=e[3],r,n;if(t===c.Socks5HostType.IPv4){let i=c.SOCKS_INCOMING_PACKET_SIZES.Socks5ResponseIPv4;if(this.receiveBuffer.length<i){this.nextRequiredPacketBufferSize=i;return}n=v.SmartBuffer.fromBuffer(this.receiveBuffer.get(i).slice(4)),r={host:(0,R.int32ToIpv4)(n.readUInt32BE()),port:n.readUInt16BE()},r.host==="0.0.0.0"&&(r.host=this.options.proxy.ipaddress)}else if(t===c.Socks5HostType.Hostname){let i=e[4],o=c.SOCKS_INCOMING_PACKET_SIZES.Socks5ResponseHostname(i);if(this.receiveBuffer.length<o){this.nextRequiredPacketBufferSize=o;return}n=v.SmartBuffer.fromBuffer(this.receiveBuffer.get(o).slice(5)),r={host:n.readString(i),port:n.readUInt16BE()}}else if(t===c.Socks5HostType.IPv6){let i=c.SOCKS_INCOMING_PACKET_SIZES.Socks5ResponseIPv6;if(this.receiveBuffer.length<i){this.nextRequiredPacketBufferSize=i;return}n=v.SmartBuffer.fromBuffer(this.receiveBuffer.get(i).slice(4)),r={host:qe.Address6.fromByteArray(Array.from(n.readBuffer(16))).canonicalForm(),port:n.readUInt16BE()}}this.setState(c.SocksClientState.Established),this.removeInternalSocketHandlers(),this.emit("established",{remoteHost:r,socket:this.socket})}}get socksClientOptions(){return Object.assign({},this.options)}};K.SocksClient=Ze});var Tt=E(X=>{"use strict";var br=X&&X.__createBinding||(Object.create?(function(s,e,t,r){r===void 0&&(r=t);var n=Object.getOwnPropertyDescriptor(e,t);(!n||("get"in n?!e.__esModule:n.writable||n.configurable))&&(n={enumerable:!0,get:function(){return e[t]}}),Object.defineProperty(s,r,n)}):(function(s,e,t,r){r===void 0&&(r=t),s[r]=e[t]})),Br=X&&X.__exportStar||function(s,e){for(var t in s)t!=="default"&&!Object.prototype.hasOwnProperty.call(e,t)&&br(e,s,t)};Object.defineProperty(X,"__esModule",{value:!0});Br(Pt(),X)});import*as Qe from"net";import*as et from"tls";function D(){let s=(()=>{});return s.enabled=!1,s.extend=()=>s,s}import{once as zt}from"events";import*as Ye from"net";import*as Je from"http";import{Agent as qt}from"https";var N=Symbol("AgentBaseInternalState"),j=class extends Je.Agent{constructor(e){super(e),this[N]={}}isSecureEndpoint(e){if(e){if(typeof e.secureEndpoint=="boolean")return e.secureEndpoint;if(typeof e.protocol=="string")return e.protocol==="https:"}let{stack:t}=new Error;return typeof t!="string"?!1:t.split(`\n`).some(r=>r.indexOf("(https.js:")!==-1||r.indexOf("node:https:")!==-1)}incrementSockets(e){if(this.maxSockets===1/0&&this.maxTotalSockets===1/0)return null;this.sockets[e]||(this.sockets[e]=[]);let t=new Ye.Socket({writable:!1});return this.sockets[e].push(t),this.totalSocketCount++,t}decrementSockets(e,t){if(!this.sockets[e]||t===null)return;let r=this.sockets[e],n=r.indexOf(t);n!==-1&&(r.splice(n,1),this.totalSocketCount--,r.length===0&&delete this.sockets[e])}getName(e){return this.isSecureEndpoint(e)?qt.prototype.getName.call(this,e):super.getName(e)}createSocket(e,t,r){let n={...t,secureEndpoint:this.isSecureEndpoint(t)},i=this.getName(n),o=this.incrementSockets(i);Promise.resolve().then(()=>this.connect(e,n)).then(a=>{if(this.decrementSockets(i,o),typeof a.addRequest=="function")try{return a.addRequest(e,n)}catch(u){return r(u)}this[N].currentSocket=a,super.createSocket(e,t,r)},a=>{this.decrementSockets(i,o),r(a)})}createConnection(){let e=this[N].currentSocket;if(this[N].currentSocket=void 0,!e)throw new Error("No socket was returned in the `connect()` function");return e}get defaultPort(){return this[N].defaultPort??(this.protocol==="https:"?443:80)}set defaultPort(e){this[N]&&(this[N].defaultPort=e)}get protocol(){return this[N].protocol??(this.isSecureEndpoint()?"https:":"http:")}set protocol(e){this[N]&&(this[N].protocol=e)}};import{URL as Xe}from"url";function le(){return async({response:s,scheme:e})=>{if(e.toLowerCase()!=="negotiate")throw new Error(`Expected Negotiate scheme but got "${e}"`);let t;try{t=await import("kerberos")}catch{throw new Error(\'The "kerberos" package is required for Negotiate proxy authentication. Install it with: npm install kerberos\')}let r=s.headers["proxy-authenticate"]||"",n=Array.isArray(r)?r[0]:r,i=typeof n=="string"&&n.includes(" ")?n.split(" ").slice(1).join(" "):void 0,a=await(await t.initializeClient("HTTP@proxy",{mechOID:t.GSS_MECH_OID_SPNEGO})).step(i||"");if(!a)throw new Error("Kerberos client.step() returned no token");return{headers:{"Proxy-Authorization":`Negotiate ${a}`}}}}var ee=D("http-proxy-agent"),oe=class extends j{constructor(e,t){super(t),this.proxy=typeof e=="string"?new Xe(e):e,this.proxyHeaders=t?.headers??{},ee("Creating new HttpProxyAgent instance: %o",this.proxy.href),t?.negotiate?this.onProxyAuth=le():t?.onProxyAuth&&(this.onProxyAuth=t.onProxyAuth);let r=(this.proxy.hostname||this.proxy.host).replace(/^\\[|\\]$/g,""),n=this.proxy.port?parseInt(this.proxy.port,10):this.proxy.protocol==="https:"?443:80;this.connectOpts={...t?Zt(t,"headers","onProxyAuth","negotiate"):null,host:r,port:n}}addRequest(e,t){e._header=null,this.setRequestProps(e,t),super.addRequest(e,t)}setRequestProps(e,t){let{proxy:r}=this,n=t.secureEndpoint?"https:":"http:",i=e.getHeader("host")||"localhost",o=`${n}//${i}`,a=new Xe(e.path,o);t.port!==80&&(a.port=String(t.port)),e.path=String(a);let u=typeof this.proxyHeaders=="function"?this.proxyHeaders():{...this.proxyHeaders};if(r.username||r.password){let l=`${decodeURIComponent(r.username)}:${decodeURIComponent(r.password)}`;u["Proxy-Authorization"]=`Basic ${Buffer.from(l).toString("base64")}`}u["Proxy-Connection"]||(u["Proxy-Connection"]=this.keepAlive?"Keep-Alive":"close");for(let l of Object.keys(u)){let h=u[l];h&&e.setHeader(l,h)}}async connect(e,t){e._header=null,e.path.includes("://")||this.setRequestProps(e,t);let r,n;ee("Regenerating stored HTTP header string for request"),e._implicitHeader(),e.outputData&&e.outputData.length>0&&(ee("Patching connection write() output buffer with updated header"),r=e.outputData[0].data,n=r.indexOf(`\\r\n\\r\n`)+4,e.outputData[0].data=e._header+r.substring(n),ee("Output buffer: %o",e.outputData[0].data));let i;this.proxy.protocol==="https:"?(ee("Creating `tls.Socket`: %o",this.connectOpts),i=et.connect(this.connectOpts)):(ee("Creating `net.Socket`: %o",this.connectOpts),i=Qe.connect(this.connectOpts)),await zt(i,"connect");let o={socket:i};return e.emit("proxyConnect",o),this.emit("proxyConnect",o,e),e.emit("proxy",{proxy:this.proxy.href,socket:i}),i}};oe.protocols=["http","https"];function Zt(s,...e){let t={},r;for(r in s)e.includes(r)||(t[r]=s[r]);return t}import*as x from"net";import*as ae from"tls";import Wt from"assert";import{URL as Yt}from"url";var pe=D("https-proxy-agent:parse-proxy-response");function Re(s){return new Promise((e,t)=>{let r=0,n=[];function i(){let h=s.read();h?l(h):s.once("readable",i)}function o(){s.removeListener("end",a),s.removeListener("error",u),s.removeListener("readable",i)}function a(){o(),pe("onend"),t(new Error("Proxy connection ended before receiving CONNECT response"))}function u(h){o(),pe("onerror %o",h),t(h)}function l(h){n.push(h),r+=h.length;let p=Buffer.concat(n,r),S=p.indexOf(`\\r\n\\r\n`);if(S===-1){pe("have not received end of HTTP headers yet..."),i();return}let F=p.slice(0,S).toString("ascii").split(`\\r\n`),V=F.shift();if(!V)return s.destroy(),t(new Error("No header received from proxy CONNECT response"));let Q=V.split(" "),Mt=+Q[1],Lt=Q.slice(2).join(" "),re={};for(let ne of F){if(!ne)continue;let Ae=ne.indexOf(":");if(Ae===-1)return s.destroy(),t(new Error(`Invalid header from proxy CONNECT response: "${ne}"`));let ve=ne.slice(0,Ae).toLowerCase(),Oe=ne.slice(Ae+1).trimStart(),he=re[ve];typeof he=="string"?re[ve]=[he,Oe]:Array.isArray(he)?he.push(Oe):re[ve]=Oe}pe("got proxy server response: %o %o",V,re),o(),e({connect:{statusCode:Mt,statusText:Lt,headers:re},buffered:p})}s.on("error",u),s.on("end",a),i()})}var q=D("https-proxy-agent"),Se=s=>s.servername===void 0&&s.host&&!x.isIP(s.host)?{...s,servername:s.host}:s,ce=class extends j{constructor(e,t){super(t),this.options={path:void 0},this.proxy=typeof e=="string"?new Yt(e):e,this.proxyHeaders=t?.headers??{},q("Creating new HttpsProxyAgent instance: %o",this.proxy.href),t?.negotiate?this.onProxyAuth=le():t?.onProxyAuth&&(this.onProxyAuth=t.onProxyAuth);let r=(this.proxy.hostname||this.proxy.host).replace(/^\\[|\\]$/g,""),n=this.proxy.port?parseInt(this.proxy.port,10):this.proxy.protocol==="https:"?443:80;this.connectOpts={ALPNProtocols:["http/1.1"],...t?Ce(t,"headers","onProxyAuth","negotiate"):null,host:r,port:n}}async connect(e,t){let{proxy:r}=this;if(!t.host)throw new TypeError(\'No "host" provided\');let n;r.protocol==="https:"?(q("Creating `tls.Socket`: %o",this.connectOpts),n=ae.connect(Se(this.connectOpts))):(q("Creating `net.Socket`: %o",this.connectOpts),n=x.connect(this.connectOpts));let i=typeof this.proxyHeaders=="function"?this.proxyHeaders():{...this.proxyHeaders},o=x.isIPv6(t.host)?`[${t.host}]`:t.host,a=`CONNECT ${o}:${t.port} HTTP/1.1\\r\n`;if(r.username||r.password){let S=`${decodeURIComponent(r.username)}:${decodeURIComponent(r.password)}`;i["Proxy-Authorization"]=`Basic ${Buffer.from(S).toString("base64")}`}i.Host=`${o}:${t.port}`,i["Proxy-Connection"]||(i["Proxy-Connection"]=this.keepAlive?"Keep-Alive":"close");for(let S of Object.keys(i))a+=`${S}: ${i[S]}\\r\n`;let u=Re(n);n.write(`${a}\\r\n`);let{connect:l,buffered:h}=await u;if(e.emit("proxyConnect",l),this.emit("proxyConnect",l,e),e.emit("proxy",{proxy:this.proxy.href,socket:n}),l.statusCode===200)return e.once("socket",tt),t.secureEndpoint?(q("Upgrading socket connection to TLS"),ae.connect({...Ce(Se(t),"host","path","port"),socket:n})):n;if(l.statusCode===407&&this.onProxyAuth){q("Got 407 response, invoking onProxyAuth callback"),n.destroy();let S=l.headers["proxy-authenticate"]||"",F=Array.isArray(S)?S[0].split(/\\s/)[0]:S.split(/\\s/)[0],V=await this.onProxyAuth({response:l,scheme:F});return this._connectWithAuth(e,t,V.headers)}n.destroy();let p=new x.Socket({writable:!1});return p.readable=!0,e.once("socket",S=>{q("Replaying proxy buffer for failed request"),Wt(S.listenerCount("data")>0),S.push(h),S.push(null)}),p}async _connectWithAuth(e,t,r){let{proxy:n}=this,i;n.protocol==="https:"?i=ae.connect(Se(this.connectOpts)):i=x.connect(this.connectOpts);let o=typeof this.proxyHeaders=="function"?this.proxyHeaders():{...this.proxyHeaders},a=x.isIPv6(t.host)?`[${t.host}]`:t.host,u=`CONNECT ${a}:${t.port} HTTP/1.1\\r\n`;if(n.username||n.password){let p=`${decodeURIComponent(n.username)}:${decodeURIComponent(n.password)}`;o["Proxy-Authorization"]=`Basic ${Buffer.from(p).toString("base64")}`}Object.assign(o,r),o.Host=`${a}:${t.port}`,o["Proxy-Connection"]||(o["Proxy-Connection"]=this.keepAlive?"Keep-Alive":"close");for(let p of Object.keys(o))u+=`${p}: ${o[p]}\\r\n`;let l=Re(i);i.write(`${u}\\r\n`);let{connect:h}=await l;if(e.emit("proxyConnect",h),this.emit("proxyConnect",h,e),h.statusCode===200)return e.once("socket",tt),t.secureEndpoint?(q("Upgrading socket connection to TLS"),ae.connect({...Ce(Se(t),"host","path","port"),socket:i})):i;throw i.destroy(),new Error(`Proxy authentication failed with status ${h.statusCode} after retry`)}};ce.protocols=["http","https"];function tt(s){setImmediate(()=>{s.resume()})}function Ce(s,...e){let t={},r;for(r in s)e.includes(r)||(t[r]=s[r]);return t}var Nt=Kt(Tt(),1);import*as xt from"dns";import*as Ut from"net";import*as Ht from"tls";import{URL as _r}from"url";var ye=D("socks-proxy-agent"),Er=s=>s.servername===void 0&&s.host&&!Ut.isIP(s.host)?{...s,servername:s.host}:s;function kr(s){let e=!1,t=5,r=s.hostname,n=parseInt(s.port,10)||1080;switch(s.protocol.replace(":","")){case"socks4":e=!0,t=4;break;case"socks4a":t=4;break;case"socks5":e=!0,t=5;break;case"socks":t=5;break;case"socks5h":t=5;break;default:throw new TypeError(`A "socks" protocol must be specified! Got: ${String(s.protocol)}`)}let i={host:r,port:n,type:t};return s.username&&Object.defineProperty(i,"userId",{value:decodeURIComponent(s.username),enumerable:!1}),s.password!=null&&Object.defineProperty(i,"password",{value:decodeURIComponent(s.password),enumerable:!1}),{lookup:e,proxy:i}}var de=class extends j{constructor(e,t){super(t);let r=typeof e=="string"?new _r(e):e,{proxy:n,lookup:i}=kr(r);this.shouldLookup=i,this.proxy=n,this.proxyUrl=r.href,this.timeout=t?.timeout??null,this.socketOptions=t?.socketOptions??null}async connect(e,t){let{shouldLookup:r,proxy:n,timeout:i}=this;if(!t.host)throw new Error("No `host` defined!");let{host:o}=t,{port:a,lookup:u=xt.lookup}=t;r&&(o=await new Promise((S,F)=>{u(o,{},(V,Q)=>{V?F(V):S(typeof Q=="string"?Q:Q[0].address)})}));let l={proxy:n,destination:{host:o,port:typeof a=="number"?a:parseInt(a,10)},command:"connect",timeout:i??void 0,socket_options:this.socketOptions??void 0},h=S=>{e.destroy(),p.destroy(),S&&S.destroy()};ye("Creating socks proxy connection: %o",l);let{socket:p}=await Nt.SocksClient.createConnection(l);if(ye("Successfully created socks proxy connection"),e.emit("proxy",{proxy:this.proxyUrl,socket:p}),i!==null&&(p.setTimeout(i),p.on("timeout",()=>h())),t.secureEndpoint){ye("Upgrading socket connection to TLS");let S=Ht.connect({...wr(Er(t),"host","path","port"),socket:p});return S.once("error",F=>{ye("Socket TLS error",F.message),h(S)}),S}return p}};de.protocols=["socks","socks4","socks4a","socks5","socks5h"];function wr(s,...e){let t={},r;for(r in s)e.includes(r)||(t[r]=s[r]);return t}function gn(s,e,t,r){let n=s.slice(0,s.indexOf(":"));return n.startsWith("socks")?new de(n==="socks"?`socks4${s.slice(5)}`:s,{timeout:Math.max(1,r),socketOptions:{signal:t}}):e?new ce(s,{signal:t}):new oe(s,{signal:t})}export{gn as agentFor};\n').toString("base64")}`);
  const source = [".", "net", "agents.ts"].join("/");
  return import(source);
}

// hooks/process.ts
import { spawn } from "node:child_process";
var LOCAL_TIMEOUT_MS = 3e3;
var NO_PROMPT_ENV = {
  GIT_TERMINAL_PROMPT: "0",
  GIT_ASKPASS: "",
  SSH_ASKPASS: "",
  SSH_ASKPASS_REQUIRE: "never",
  GCM_INTERACTIVE: "never"
};
var AFTER_EXIT_MS = 200;
var live = /* @__PURE__ */ new Set();
process.on("exit", () => {
  for (const pid of live) killGroup(pid);
});
var SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
var watching = false;
function onSignal(signal) {
  for (const pid of live) killGroup(pid);
  live.clear();
  watch(false);
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}
function watch(on) {
  if (on === watching) return;
  watching = on;
  for (const s of SIGNALS) (on ? process.on : process.off).call(process, s, onSignal);
}
var GROUPS = process.platform !== "win32";
function killGroup(pid) {
  try {
    process.kill(GROUPS ? -pid : pid, "SIGKILL");
  } catch {
  }
}
function run(cmd, args, opts = {}) {
  return new Promise((resolve2) => {
    const child = spawn(cmd, args, {
      cwd: opts.cwd,
      env: { ...opts.env ?? process.env, ...NO_PROMPT_ENV },
      stdio: [opts.input === void 0 ? "ignore" : "pipe", "pipe", "pipe"],
      // A group of its own where there are groups; on Windows detached would open a console.
      detached: GROUPS,
      windowsHide: true
    });
    if (child.pid) {
      live.add(child.pid);
      watch(true);
    }
    if (opts.input !== void 0) {
      child.stdin?.on("error", () => {
      });
      child.stdin?.end(opts.input);
    }
    const out = [];
    const err = [];
    let timedOut = false;
    let done = false;
    let grace;
    const finish = (code, extra = "") => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      clearTimeout(grace);
      if (child.pid) live.delete(child.pid);
      if (!live.size) watch(false);
      child.stdout?.destroy();
      child.stderr?.destroy();
      resolve2({ code, stdout: Buffer.concat(out).toString(opts.encoding ?? "utf8"), stderr: Buffer.concat(err).toString() + extra, timedOut });
    };
    const timer = opts.timeoutMs === void 0 ? void 0 : setTimeout(() => {
      timedOut = true;
      if (child.pid) killGroup(child.pid);
      finish(137);
    }, opts.timeoutMs);
    child.stdout.on("data", (d) => opts.onStdout ? opts.onStdout(d) : out.push(d));
    child.stderr.on("data", (d) => err.push(d));
    child.on("error", (e) => finish(e.code === "ENOENT" ? 127 : 126, `${cmd}: ${e.message}`));
    child.on("exit", (code, signal) => {
      grace = setTimeout(() => finish(code ?? (signal ? 128 : 1)), AFTER_EXIT_MS);
    });
    child.on("close", (code, signal) => finish(code ?? (signal ? 128 : 1)));
  });
}

// hooks/ssh/exec.ts
import { spawn as spawn2 } from "node:child_process";

// hooks/layout.ts
var RUNTIME_FILES = { hook: "hook.mjs", ssh: "ssh", credential: "credential" };
var RUNTIME_PATH = /\/hf-hooks\/([^/]+)\/(hook\.mjs|ssh|credential)$/;
function runtimeFileOf(path) {
  const m = RUNTIME_PATH.exec(path);
  if (!m) return void 0;
  const file = Object.keys(RUNTIME_FILES).find((k) => RUNTIME_FILES[k] === m[2]);
  return { version: m[1], file };
}

// hooks/shell.ts
var shQuote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
var shUnquote = (s) => s.slice(1, -1).replace(/'\\''/g, "'");
var SH_QUOTED = `'(?:[^']|'\\\\'')*'`;

// hooks/ssh/command.ts
var PLAIN_SSH = { program: "ssh" };
function invocation(cmd, args) {
  if ("program" in cmd) return [cmd.program, args];
  return ["sh", ["-c", `${cmd.shell} "$@"`, cmd.shell, ...args]];
}
var describeCommand = (cmd) => "shell" in cmd ? cmd.shell : cmd.program;
var WRAPPED = new RegExp(`^HF_HOOKS_SSH_COMMAND=(${SH_QUOTED}) (${SH_QUOTED})$`);
var BARE = new RegExp(`^(${SH_QUOTED})$`);
var FALLBACK = new RegExp(
  `^hf_hooks_ssh\\(\\) \\{ if \\[ -x (${SH_QUOTED}) \\]; then (?:HF_HOOKS_SSH_COMMAND=(${SH_QUOTED}); export HF_HOOKS_SSH_COMMAND; )?exec \\1 "\\$@"; fi; exec .*; \\}; hf_hooks_ssh$`
);
function unwrap(value, isWrapper) {
  const found = parseWrapper(value);
  if (!found || !isWrapper(found.wrapper)) return void 0;
  return found.previous === void 0 ? { wrapper: found.wrapper } : found;
}
function parseWrapper(value) {
  const fallback = FALLBACK.exec(value);
  if (fallback) return { wrapper: shUnquote(fallback[1]), ...fallback[2] && { previous: shUnquote(fallback[2]) } };
  const wrapped = WRAPPED.exec(value);
  if (wrapped) return { wrapper: shUnquote(wrapped[2]), previous: shUnquote(wrapped[1]) };
  const bare = BARE.exec(value);
  return bare ? { wrapper: shUnquote(bare[1]) } : void 0;
}
var isWrapperPath = (path) => runtimeFileOf(path)?.file === "ssh";
function effectiveSsh(env, coreSshCommand) {
  if (env.GIT_SSH_COMMAND) return { shell: env.GIT_SSH_COMMAND };
  if (env.HF_HOOKS_SSH_COMMAND) return { shell: env.HF_HOOKS_SSH_COMMAND };
  if (coreSshCommand) {
    const ours = unwrap(coreSshCommand, isWrapperPath);
    if (!ours) return { shell: coreSshCommand };
    if (ours.previous) return { shell: ours.previous };
  }
  return env.GIT_SSH ? { program: env.GIT_SSH } : PLAIN_SSH;
}
function wrappedSsh(env) {
  if (env.HF_HOOKS_SSH_COMMAND) return { shell: env.HF_HOOKS_SSH_COMMAND };
  return env.GIT_SSH ? { program: env.GIT_SSH } : PLAIN_SSH;
}
var WITH_VALUE = new Set("BbcDEeFIiJLlmOoPpQRSWw".split(""));
function parseGitSshArgs(args) {
  let port;
  let loginUser;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === "--") {
      i++;
      break;
    }
    if (!a.startsWith("-") || a === "-") break;
    if (a === "-G" || a === "-V") return void 0;
    const flag = a[1];
    if (!WITH_VALUE.has(flag)) continue;
    const value = a.length > 2 ? a.slice(2) : args[++i];
    if (flag === "p") port = Number(value);
    if (flag === "l") loginUser = value;
  }
  const dest = args[i];
  if (!dest) return void 0;
  const at = dest.lastIndexOf("@");
  const user = at >= 0 ? dest.slice(0, at) : loginUser;
  const host = (at >= 0 ? dest.slice(at + 1) : dest).replace(/^\[(.*)\]$/, "$1");
  const request = { host, ...user !== void 0 && { user }, ...port !== void 0 && { port } };
  const m = /^(git-[a-z-]+) '((?:[^']|'\\[!']')*)'$/.exec(args.slice(i + 1).join(" "));
  return m ? { ...request, service: m[1], path: m[2].replace(/'\\([!'])'/g, "$1") } : request;
}

// hooks/ssh/exec.ts
var KEEP_BYTES = 16 * 1024;
function execReal(cmd, args) {
  const [file, argv] = invocation(cmd, args);
  return new Promise((resolve2) => {
    const child = spawn2(file, argv, { stdio: ["inherit", "inherit", "pipe"] });
    let kept = "";
    child.stderr.on("data", (chunk) => {
      process.stderr.write(chunk);
      kept = (kept + chunk.toString()).slice(-KEEP_BYTES);
    });
    const forward = (signal) => child.kill(signal);
    for (const s of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(s, forward);
    child.on("error", (e) => resolve2({ code: 255, stderr: `${file}: ${e.message}` }));
    child.on("close", (code, signal) => resolve2({ code: code ?? (signal ? 128 : 255), stderr: kept }));
  });
}

// hooks/tty.ts
import { closeSync, openSync, writeSync } from "node:fs";
import { ReadStream } from "node:tty";
var PASTE_MARKS = /\x1b\[20[01]~/g;
function askTty(question, timeoutMs) {
  let inFd;
  let outFd;
  try {
    inFd = openSync("/dev/tty", "r");
    outFd = openSync("/dev/tty", "w");
  } catch {
    return Promise.resolve(void 0);
  }
  return new Promise((resolve2) => {
    const input = new ReadStream(inFd);
    let typed = "";
    let over = false;
    const done = (answer) => {
      if (over) return;
      over = true;
      clearTimeout(timer);
      input.setRawMode(false);
      input.destroy();
      writeSync(outFd, "\n");
      closeSync(outFd);
      resolve2(answer);
    };
    const timer = setTimeout(() => done(void 0), timeoutMs);
    input.setRawMode(true);
    writeSync(outFd, question);
    input.on("data", (chunk) => {
      for (const ch of chunk.toString("utf8").replace(PASTE_MARKS, "")) {
        if (ch === "\r" || ch === "\n") return done(typed);
        if (ch === "" || ch === "" && !typed) return done(void 0);
        if (ch === "\x7F" || ch === "\b") typed = typed.slice(0, -1);
        else if (ch >= " ") typed += ch;
      }
    });
    input.on("error", () => done(void 0));
  });
}

// hooks/ancestry.ts
import { readFile as readFile3 } from "node:fs/promises";
async function fromProc(pid) {
  try {
    const [stat3, cmdline] = await Promise.all([readFile3(`/proc/${pid}/stat`, "utf8"), readFile3(`/proc/${pid}/cmdline`, "utf8")]);
    const ppid = Number(stat3.slice(stat3.lastIndexOf(")") + 2).split(" ")[1]);
    return { ppid, argv: cmdline.split("\0").filter((a, i, all) => a !== "" || i < all.length - 1) };
  } catch {
    return void 0;
  }
}
async function fromPs(pid, run2) {
  const r = await run2("ps", ["-ww", "-o", "ppid=", "-o", "command=", "-p", String(pid)], { timeoutMs: LOCAL_TIMEOUT_MS });
  const m = r.code === 0 ? /^\s*(\d+)\s+(.*)$/.exec(r.stdout.trim()) : null;
  return m ? { ppid: Number(m[1]), argv: m[2].split(/\s+/) } : void 0;
}
async function ancestors(ppid, depth, run2, platform = process.platform) {
  if (platform === "win32") return void 0;
  const read = platform === "linux" ? fromProc : (pid) => fromPs(pid, run2);
  const out = [];
  for (let pid = ppid; out.length < depth && pid > 1; ) {
    const p = await read(pid);
    if (!p) return out.length ? out : void 0;
    out.push(p.argv);
    pid = p.ppid;
  }
  return out;
}

// hooks/effects.ts
function account(env) {
  try {
    return userInfo();
  } catch {
    return { homedir: env.HOME ?? "/", username: env.USER ?? env.LOGNAME ?? "" };
  }
}
function realEffects(env = process.env) {
  const me = account(env);
  return {
    env,
    run,
    stat: async (path) => {
      const st = await stat2(path).catch(() => void 0);
      if (!st) return void 0;
      return { kind: st.isFile() ? "file" : st.isDirectory() ? "dir" : "other", mode: st.mode & 4095 };
    },
    readText: (path) => readFile4(path, "utf8").catch(() => void 0),
    async withScratchDir(fn) {
      const dir = await mkdtemp(join4(tmpdir(), "hf-hooks-"));
      try {
        return await fn(dir);
      } finally {
        await rm2(dir, { recursive: true, force: true });
      }
    },
    account: { home: me.homedir, user: me.username },
    now: Date.now,
    cache: fileCache(cacheFile(env, me.homedir), Date.now),
    httpGet,
    httpPost,
    terminal: () => {
      try {
        closeSync2(openSync2("/dev/tty", "r"));
        return true;
      } catch {
        return false;
      }
    },
    // Git -> sh -c -> our shim (which execs node) -> ...: four is past any remote helper.
    callers: () => ancestors(process.ppid, 4, run),
    askTty,
    execSsh: execReal,
    stderr: (text) => void process.stderr.write(text)
  };
}

// hooks/findings.ts
var INCONCLUSIVE = /* @__PURE__ */ new Set([
  "url.malformed",
  "url.unsupported",
  "api.unreachable",
  "api.tls",
  "api.proxy",
  "api.proxy-auth",
  "api.unverified",
  "ssh.unreachable",
  "ssh.unchecked",
  "ssh.not-probed",
  "ssh.key-unconfirmed",
  "token.not-validated",
  "token.unverified",
  "content.lfs-unverified",
  "https.helper-timeout"
]);
function verdictOf(findings) {
  if (findings.some((f) => f.level === "error")) return "blocked";
  if (findings.some((f) => INCONCLUSIVE.has(f.id))) return "unknown";
  if (findings.some((f) => f.level === "warn")) return "warn";
  return "ready";
}
function allows(verdict, strict) {
  return verdict === "ready" || verdict === "warn" || verdict === "unknown" && !strict;
}
var finding = (id, level, message, fix = [], docs) => docs ? { id, level, message, fix, docs } : { id, level, message, fix };
function setUrl(remote, url, o = {}) {
  return remote ? `git remote set-url ${o.push ? "--push " : ""}${remote} ${url}` : `git push ${url}`;
}

// hooks/config.ts
var DEFAULTS = { enabled: true, strict: false, bridge: true, contentGuard: true, timeoutMs: 4e3, cacheTtl: 600, hosts: {}, endpoints: {}, remotes: {}, fetchUrls: {}, credentialHelpers: [], credentialSections: [], lfs: { remotes: {}, agents: [] }, http: [] };
var HF_HOOKS_OFF = ["0", "false", "no", "off"];
var TRUE = /* @__PURE__ */ new Set(["true", "yes", "on", "1", ""]);
var FALSE2 = new Set(HF_HOOKS_OFF);
var SCOPES = /* @__PURE__ */ new Set(["system", "global", "local", "worktree", "command", "unknown"]);
function parseConfig(z, env) {
  const config = { ...DEFAULTS, hosts: {}, endpoints: endpointsFrom(env), remotes: {}, fetchUrls: {}, credentialHelpers: [], credentialSections: [], lfs: { remotes: {}, agents: [] }, http: [] };
  const urls = {};
  const problems = [];
  const bad = (key, value, expected) => problems.push(finding(
    "config.invalid",
    "warn",
    `git config ${key} is '${value}', not ${expected}; using the default.`,
    [`git config --show-origin --get-all ${key}    # find where it is set`]
  ));
  let scope;
  for (const entry of z.split("\0")) {
    if (!entry) continue;
    if (SCOPES.has(entry)) {
      scope = entry;
      continue;
    }
    const nl = entry.indexOf("\n");
    const key = nl < 0 ? entry : entry.slice(0, nl);
    const value = nl < 0 ? "" : entry.slice(nl + 1);
    if (key.startsWith("http.")) {
      config.http.push({ key, value: nl < 0 ? void 0 : value, ...scope && { scope } });
      continue;
    }
    if (key === "core.sshcommand") config.sshCommand = value;
    else if (key === "user.email") config.email = value;
    else if (key === "core.askpass") config.askPass = value;
    else if (key === "credential.helper") config.credentialHelpers = value ? [...config.credentialHelpers, value] : [];
    else if (key.startsWith("credential.") && key.lastIndexOf(".") > "credential.".length) config.credentialSections.push(key.slice("credential.".length, key.lastIndexOf(".")));
    else if (/^lfs\.(url|pushurl|storage)$/.test(key)) config.lfs[key.slice(4)] = value;
    else if (/^lfs\.customtransfer\..+\.path$/.test(key)) config.lfs.agents.push(key.slice("lfs.customtransfer.".length, -".path".length));
    if (!key.startsWith("hf-hooks.")) {
      const remote = /^remote\.(.+)\.(url|pushurl|lfsurl|lfspushurl)$/.exec(key);
      if (remote?.[2] === "lfsurl" || remote?.[2] === "lfspushurl") (config.lfs.remotes[remote[1]] ??= {})[remote[2]] = value;
      else if (remote) (urls[remote[1]] ??= { url: [], pushurl: [] })[remote[2]].push(value);
      continue;
    }
    const dot = key.lastIndexOf(".");
    const name = key.slice(dot + 1);
    const host = key.slice("hf-hooks.".length, dot).toLowerCase();
    if (host) {
      const entryFor = config.hosts[host] ??= {};
      if (name === "provider") {
        if (PROVIDER_NAMES.includes(value)) entryFor.provider = value;
        else bad(key, value, `one of ${PROVIDER_NAMES.join(", ")}`);
      } else if (name === "api") entryFor.api = value.replace(/\/+$/, "");
      continue;
    }
    if (name === "enabled" || name === "strict" || name === "bridge" || name === "contentguard") {
      const v = value.toLowerCase();
      if (TRUE.has(v) || FALSE2.has(v)) config[name === "contentguard" ? "contentGuard" : name] = TRUE.has(v);
      else bad(key, value, "true or false");
    } else if (name === "timeout" || name === "cachettl") {
      const n = /^\d+$/.test(value) ? Number(value) : NaN;
      if (!Number.isSafeInteger(n)) bad(key, value, "a whole number");
      else if (name === "timeout") config.timeoutMs = n;
      else config.cacheTtl = n;
    }
  }
  const flag = env.HF_HOOKS?.toLowerCase();
  if (flag !== void 0 && FALSE2.has(flag)) config.enabled = false;
  if (flag !== void 0 && TRUE.has(flag) && flag !== "") config.enabled = true;
  for (const [name, u] of Object.entries(urls)) {
    config.remotes[name] = u.pushurl.length ? u.pushurl : u.url.slice(0, 1);
    if (u.url.length) config.fetchUrls[name] = u.url[0];
  }
  return { config, problems };
}
function configFromGit(result, env) {
  return parseConfig(result.code === 0 ? result.stdout : "", env);
}
var CONFIG_ARGS = ["config", "-z", "--show-scope", "--get-regexp", "^(hf-hooks\\.|http\\.(.*\\.)?(proxy|proxyauthmethod|sslcainfo|sslcapath|sslverify)$|core\\.sshcommand$|core\\.askpass$|user\\.email$|credential\\.(.+\\.)?(helper|username|usehttppath)$|lfs\\.(url|pushurl|storage|customtransfer\\..*\\.path)$|remote\\..*\\.(url|pushurl|lfsurl|lfspushurl)$)"];

// hooks/https/api.ts
function apiBase(remote, provider, config) {
  const host = remote.host ?? "";
  const hostPort = remote.port ? `${host}:${remote.port}` : host;
  const configured = config.hosts[hostPort]?.api ?? config.hosts[host]?.api;
  if (configured) return { base: configured };
  const endpoint = config.endpoints[provider.name];
  if (endpoint && isDeployment(endpoint, remote)) return { base: endpoint };
  const official = provider.apiFor?.(host);
  if (official) return { base: official };
  if (remote.transport === "https" || isLoopback(host)) return { base: `${remote.transport}://${remote.host?.includes(":") ? `[${host}]` : host}${remote.port ? `:${remote.port}` : ""}` };
  return { refuse: `the API of ${host} would be reached over plain http; set hf-hooks.${host}.api to allow it` };
}

// hooks/refs.ts
var OID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
var MAX_LINES = 1e5;
function parseRefLines(input) {
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(input);
  } catch {
    return { error: "standard input is binary, not the ref lines Git sends a pre-push hook" };
  }
  if (text.includes("\0")) return { error: "standard input contains NUL bytes, not the ref lines Git sends a pre-push hook" };
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  if (lines.length > MAX_LINES) return { error: `standard input has ${lines.length} lines; Git sends one per ref` };
  const refs = [];
  for (const [i, line] of lines.entries()) {
    const ref = parseRefLine(line);
    if (!ref) return { error: `line ${i + 1} of standard input is not '<local ref> <local oid> <remote ref> <remote oid>': ${JSON.stringify(line.slice(0, 80))}` };
    refs.push(ref);
  }
  return { refs };
}
function parseRefLine(line) {
  const fields = line.split(" ");
  if (fields.length < 4) return void 0;
  const [localOid, remoteRef, remoteOid] = fields.slice(-3);
  const localRef = fields.slice(0, -3).join(" ");
  if (!localRef || !OID.test(localOid) || !OID.test(remoteOid) || !remoteRef.startsWith("refs/")) return void 0;
  return { localRef, localOid, remoteRef, remoteOid, deletion: /^0+$/.test(localOid) };
}

// hooks/content/pointer.ts
var POINTER_MAX_BYTES = 1024;
var VERSIONS = /* @__PURE__ */ new Set(["https://git-lfs.github.com/spec/v1", "https://hawser.github.com/spec/v1"]);
function parsePointer(text) {
  if (text.length >= POINTER_MAX_BYTES || !text.endsWith("\n")) return void 0;
  const lines = text.slice(0, -1).split("\n");
  const [first, ...rest] = lines;
  if (!first?.startsWith("version ") || !VERSIONS.has(first.slice("version ".length))) return void 0;
  const values = /* @__PURE__ */ new Map();
  for (const line of rest) {
    const m = /^([a-z0-9.-]+) ([^\r\n]+)$/.exec(line);
    if (!m || values.has(m[1])) return void 0;
    values.set(m[1], m[2]);
  }
  const oid = /^sha256:([0-9a-f]{64})$/.exec(values.get("oid") ?? "")?.[1];
  const size = values.get("size") ?? "";
  if (!oid || !/^\d{1,16}$/.test(size)) return void 0;
  return { oid, size: Number(size) };
}

// hooks/content/scan.ts
var ZERO = /^0+$/;
var memo = /* @__PURE__ */ new WeakMap();
function once(fx, key, fn) {
  const m = memo.get(fx) ?? memo.set(fx, /* @__PURE__ */ new Map()).get(fx);
  if (!m.has(key)) m.set(key, fn());
  return m.get(key);
}
var git = (fx, ...args) => fx.run("git", args, { env: fx.env, timeoutMs: LOCAL_TIMEOUT_MS }).then((r) => r.code === 0 ? r.stdout.trim() : "");
var trackingRefs = (fx) => once(fx, "tracking", async () => new Map((await git(fx, "for-each-ref", "--format=%(refname) %(objectname)", "refs/remotes/")).split("\n").filter(Boolean).map((l) => l.split(" "))));
async function pushedBlobs(refs, remote, fx) {
  const tips = refs.filter((r) => !r.deletion).map((r) => r.localOid);
  if (!tips.length) return [];
  const tracking = remote && !remote.includes("/") ? [...await trackingRefs(fx)].filter(([ref]) => ref.startsWith(`refs/remotes/${remote}/`)).map(([, oid]) => oid) : [];
  const have = [.../* @__PURE__ */ new Set([...refs.map((r) => r.remoteOid).filter((oid) => !ZERO.test(oid)), ...tracking])].sort();
  return once(fx, `blobs ${tips.join(" ")} --not ${have.join(" ")}`, () => listBlobs(tips, have, fx));
}
async function listBlobs(tips, have, fx) {
  const args = ["rev-list", "--objects", "--ignore-missing", ...tips, "--not", ...have];
  const listed3 = await fx.run("git", args, { env: fx.env, timeoutMs: LOCAL_TIMEOUT_MS });
  if (listed3.code !== 0) return { error: listed3.timedOut ? "listing the pushed objects took too long" : `git rev-list: ${listed3.stderr.trim().split("\n")[0]}` };
  const named = listed3.stdout.split("\n").filter((l) => l.length > 41);
  if (!named.length) return [];
  const checked = await fx.run("git", ["cat-file", "--batch-check=%(objectname) %(objecttype) %(objectsize) %(rest)"], { env: fx.env, input: `${named.join("\n")}
`, timeoutMs: LOCAL_TIMEOUT_MS });
  if (checked.code !== 0) return { error: `git cat-file: ${checked.stderr.trim().split("\n")[0]}` };
  const blobs = [];
  for (const line of checked.stdout.split("\n")) {
    const m = /^([0-9a-f]+) blob (\d+) (.*)$/.exec(line);
    if (m) blobs.push({ oid: m[1], size: Number(m[2]), path: m[3] });
  }
  return blobs;
}
function pointersIn(blobs, fx) {
  const found = readOf.get(blobs) ?? readPointers(blobs, fx);
  readOf.set(blobs, found);
  return found;
}
var readOf = /* @__PURE__ */ new WeakMap();
async function readPointers(blobs, fx) {
  const small = blobs.filter((b) => b.size > 0 && b.size < POINTER_MAX_BYTES);
  if (!small.length) return [];
  const read = await fx.run("git", ["cat-file", "--batch"], { env: fx.env, input: `${small.map((b) => b.oid).join("\n")}
`, timeoutMs: LOCAL_TIMEOUT_MS, encoding: "latin1" });
  if (read.code !== 0) return { error: `git cat-file: ${read.stderr.trim().split("\n")[0]}` };
  const out = [];
  let at = 0;
  for (const blob of small) {
    const nl = read.stdout.indexOf("\n", at);
    const header = /^[0-9a-f]+ blob (\d+)$/.exec(read.stdout.slice(at, nl));
    if (nl < 0 || !header) break;
    const size = Number(header[1]);
    const pointer = parsePointer(read.stdout.slice(nl + 1, nl + 1 + size));
    if (pointer) out.push({ ...pointer, path: blob.path, blob: blob.oid });
    at = nl + 1 + size + 1;
  }
  return out;
}
var BINARY_PROBE_BYTES = 8e3;
async function binaryBlobs(oids, fx) {
  if (!oids.length) return /* @__PURE__ */ new Set();
  const binary2 = /* @__PURE__ */ new Set();
  let pending = Buffer.alloc(0);
  let current;
  const take = (chunk) => {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    while (pending.length) {
      if (!current) {
        const nl = pending.indexOf(10);
        if (nl < 0) return;
        const [oid, , size] = pending.subarray(0, nl).toString("latin1").split(" ");
        current = { oid, left: Number(size) + 1, seen: 0 };
        pending = pending.subarray(nl + 1);
        continue;
      }
      const part = pending.subarray(0, Math.min(current.left, pending.length));
      const probe2 = part.subarray(0, Math.max(0, BINARY_PROBE_BYTES - current.seen));
      if (probe2.includes(0)) binary2.add(current.oid);
      current.seen += part.length;
      current.left -= part.length;
      pending = pending.subarray(part.length);
      if (current.left === 0) current = void 0;
    }
  };
  const r = await fx.run("git", ["cat-file", "--batch"], { env: fx.env, input: `${oids.join("\n")}
`, timeoutMs: LOCAL_TIMEOUT_MS, onStdout: take });
  if (r.code !== 0) return { error: r.timedOut ? "reading the pushed files took too long" : `git cat-file: ${r.stderr.trim().split("\n")[0]}` };
  return binary2;
}
async function blobText(oid, fx) {
  const r = await fx.run("git", ["cat-file", "blob", oid], { env: fx.env, timeoutMs: LOCAL_TIMEOUT_MS });
  return r.code === 0 ? r.stdout : void 0;
}
async function introducedBy(oid, refs, remote, fx) {
  const tips = refs.filter((r2) => !r2.deletion).map((r2) => r2.localOid);
  const have = refs.map((r2) => r2.remoteOid).filter((o) => !ZERO.test(o));
  const r = await fx.run("git", ["log", "--format=%H%x09%s", "--reverse", "--ignore-missing", `--find-object=${oid}`, ...tips, "--not", ...have, ...remote && !remote.includes("/") ? [`--remotes=${remote}`] : []], { env: fx.env, timeoutMs: LOCAL_TIMEOUT_MS });
  const [commit, ...subject] = (r.code === 0 ? r.stdout.split("\n")[0] : "").split("	");
  return commit ? { commit, subject: subject.join("	") } : void 0;
}
async function branchPush(remote, fx, ref) {
  const [branch, head] = ref ? await Promise.all([git(fx, "rev-parse", "--symbolic-full-name", ref), git(fx, "rev-parse", "-q", "--verify", `${ref}^{commit}`)]) : await once(fx, "head", () => Promise.all([git(fx, "symbolic-ref", "-q", "HEAD"), git(fx, "rev-parse", "-q", "--verify", "HEAD")]));
  if (!head) return [];
  const name = branch.startsWith("refs/") ? branch : "refs/heads/main";
  const tracked = !remote || remote.includes("/") || remote.includes(":") ? "" : (await trackingRefs(fx)).get(`refs/remotes/${remote}/${name.replace(/^refs\/heads\//, "")}`);
  return [{ localRef: name, localOid: head, remoteRef: name, remoteOid: tracked || "0".repeat(head.length), deletion: false }];
}

// hooks/content/rules.ts
function needsProbe(b, rules) {
  return !!rules.binary && b.size > rules.binary.warnFrom && !(rules.tooLarge && b.size >= rules.tooLarge.bytes);
}
function judge(blobs, binary2, pointers, rules, agents) {
  const out = [];
  const lfsBlobs = new Set(pointers.map((p) => p.blob));
  for (const b of blobs) {
    if (lfsBlobs.has(b.oid)) continue;
    const large = rules.tooLarge;
    if (large && b.size >= large.bytes) out.push({ rule: "too-large", certain: true, path: b.path, oid: b.oid, size: b.size });
    else if (large?.warnFrom && b.size >= large.warnFrom.bytes) out.push({ rule: "too-large", certain: false, path: b.path, oid: b.oid, size: b.size, note: large.warnFrom.said });
    else if (rules.binary && b.size > rules.binary.warnFrom && binary2.has(b.oid)) {
      const certain = b.size > rules.binary.bytes;
      out.push({ rule: "binary", certain, path: b.path, oid: b.oid, size: b.size, ...!certain && rules.binary.smallerRefused && { note: rules.binary.smallerRefused } });
    }
  }
  const lfs = rules.lfsFile;
  for (const p of lfs ? pointers : []) {
    if (p.size > lfs.hard) out.push({ rule: "lfs-too-large", certain: true, path: p.path, oid: p.blob ?? "", size: p.size, lfsOid: p.oid, note: lfs.said });
    else if (p.size > lfs.agent && !agents.large) out.push({ rule: "lfs-too-large", certain: false, path: p.path, oid: p.blob ?? "", size: p.size, lfsOid: p.oid });
  }
  return out;
}

// hooks/content/guidance.ts
var KiB2 = 1024;
var MiB2 = KiB2 * KiB2;
var GiB = MiB2 * KiB2;
var bytes = (n) => n >= GiB ? `${(n / GiB).toFixed(1)} GiB` : n >= MiB2 ? `${(n / MiB2).toFixed(1)} MiB` : n >= KiB2 ? `${(n / KiB2).toFixed(1)} KiB` : `${n} B`;
var SHOWN = 5;
var inFile = (file, f) => ({ ...f, file });
function listed(files, ref) {
  const one = (f) => `${f.path} (${bytes(f.size)}${f.commit ? `, added in ${f.commit.commit.slice(0, 7)} "${f.commit.subject.slice(0, 60)}"` : ""})`;
  const shown = files.slice(0, SHOWN).map(one).join(", ");
  return `${shown}${files.length > SHOWN ? ` and ${files.length - SHOWN} more` : ""} (ref: ${ref})`;
}
var lfsPattern = (path) => {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const dot = name.lastIndexOf(".");
  return dot > 0 && dot < name.length - 1 ? `*${name.slice(dot)}` : path;
};
var quoted = (s) => `"${s.replace(/(["\\$`])/g, "\\$1")}"`;
function migrateFix(files, w) {
  const patterns = [...new Set(files.map((f) => lfsPattern(f.path)))];
  const exclude = w.remoteHas ? ` --exclude-ref=${w.remoteHas}` : "";
  return [
    "git lfs install --skip-repo    # the LFS filters, once per machine (hf-hooks' hook runs the upload); the Hub also takes git-xet: git xet install",
    `git lfs migrate import --include=${quoted(patterns.join(","))} --include-ref=${w.localRef}${exclude}    # rewrites the commits since ${files.length === 1 ? "it" : "they"} came in (none of them is on the remote yet): the files become LFS files and .gitattributes tracks ${patterns.join(", ")}`,
    `git push ${w.to} ${w.localRef === w.remoteRef ? w.localRef.replace(/^refs\/heads\//, "") : `${w.localRef}:${w.remoteRef}`}`
  ];
}
var plural = (n, one, many) => n === 1 ? one : many;
function tooLarge(files, certain, limit, p, w, said, docs) {
  const n = files.length;
  return inFile(files[0].path, finding(
    "content.too-large",
    certain ? "error" : "warn",
    `${n} ${plural(n, "file", "files")} in this push ${plural(n, "is", "are")} ${bytes(limit)} or larger and not in LFS: ${listed(files, w.remoteRef)}.
` + (certain ? `${p.label} refuses the push after the whole pack was sent: "${said}"` : `${p.label} warns: "${said}"`),
    migrateFix(files, w),
    docs
  ));
}
function binary(files, certain, limit, p, w, said, docs) {
  const n = files.length;
  const why = files.find((f) => f.note)?.note;
  return inFile(files[0].path, finding(
    "content.binary",
    certain ? "error" : "warn",
    `${n} binary ${plural(n, "file", "files")} (a NUL byte, as Git and the server tell) in this push ${plural(n, "is", "are")} not in LFS: ${listed(files, w.remoteRef)}.
` + (certain ? `${p.label} refuses binary files over ${bytes(limit)} outside LFS/Xet, after the whole pack was sent: "${said}"` : `${p.label} refuses binary files over ${bytes(limit)} outside LFS/Xet for sure${why ? `, and ${why}` : ""}; hf-hooks lets Git try.`),
    migrateFix(files, w),
    docs
  ));
}
function lfsTooLarge(files, certain, p, agentFix) {
  const n = files.length;
  const list = files.slice(0, SHOWN).map((f) => `${f.path} (${bytes(f.size)})`).join(", ");
  if (certain) {
    return inFile(files[0].path, finding(
      "content.lfs-too-large",
      "error",
      `${n} LFS ${plural(n, "file is", "files are")} larger than ${p.label} stores: ${list}.
${files[0].note ?? ""}.`,
      ["Split the file into parts under 200 GB (the size hub-docs recommends), then commit the parts"]
    ));
  }
  return inFile(files[0].path, finding(
    "content.lfs-too-large",
    "warn",
    `${n} LFS ${plural(n, "file is", "files are")} over 5 GB: ${list}, and no transfer agent for large files is set up (lfs.customtransfer.*).
git-lfs's basic transfer uploads at most 5 GB in one piece; the upload may fail before the pack is sent.`,
    agentFix
  ));
}
function lfsNotInstalled(paths) {
  return finding(
    "content.lfs-not-installed",
    "info",
    `.gitattributes routes ${paths.slice(0, SHOWN).join(", ")} through Git LFS (filter=lfs), but ${plural(paths.length, "it", "they")} went into the commit whole.
git-lfs was not installed or not set up (git lfs install) when the file was added, so the filter never ran.`,
    ["git lfs install --skip-repo    # sets up the filter for every repository of this user (hf-hooks' hook runs the upload)"]
  );
}
function metadataInvalid(file, why, p, said, certain) {
  return inFile(file, finding(
    "content.metadata-invalid",
    certain ? "error" : "warn",
    `The metadata at the top of ${file} (the YAML between the --- lines) ${certain ? "is refused" : "has warnings"}: ${why.join("; ")}.
` + (certain ? `${p.label} refuses the push after the pack was sent: "${said}"` : `${p.label} accepts it, with these warnings.`),
    [`Edit the YAML at the top of ${file}`, `git commit -am "Fix the ${file} metadata"`, "git push"],
    "https://huggingface.co/docs/hub/model-cards#model-card-metadata"
  ));
}
function unchecked(why) {
  return finding(
    "content.unchecked",
    "warn",
    `What this push would send could not be checked: ${why}.
A shallow or partial clone cannot list every object; hf-hooks lets Git try.`,
    ["git fetch --unshallow    # if this is a shallow clone, then push again"]
  );
}

// hooks/https/credentials.ts
var QUIET_ENV = "HF_HOOKS_CREDENTIAL_QUIET";
var traced = /* @__PURE__ */ new WeakMap();
async function gitCredential(url, fx, timeoutMs) {
  const asked = traced.get(fx)?.get(url);
  if (asked) return (await asked).credential;
  return (await fill(url, fx, timeoutMs, false)).credential;
}
async function fill(url, fx, timeoutMs, trace) {
  const r = await fx.run("git", ["credential", "fill"], {
    input: `url=${url}

`,
    timeoutMs,
    // Our own helper stays silent while we ask; run() already disables every prompt.
    env: { ...fx.env, [QUIET_ENV]: "1", GIT_TERMINAL_PROMPT: "0", ...trace && { GIT_TRACE: "2" } }
  });
  if (r.timedOut) return { credential: { timedOut: true }, helpers: trace ? helpersIn(r.stderr) : [] };
  const attrs = r.code === 0 ? parseAttributes(r.stdout) : {};
  return { ...attrs.password && { credential: { username: attrs.username, password: attrs.password } }, helpers: trace ? helpersIn(r.stderr) : [] };
}
async function helpersAsked(url, fx, timeoutMs) {
  const byUrl = traced.get(fx) ?? traced.set(fx, /* @__PURE__ */ new Map()).get(fx);
  const run2 = byUrl.get(url) ?? fill(url, fx, timeoutMs, true);
  byUrl.set(url, run2);
  return (await run2).helpers;
}
function helpersIn(trace) {
  const helpers = [];
  for (const line of trace.split("\n")) {
    const m = /trace: run_command: '(.*) get'$/.exec(line);
    if (!m) continue;
    const cmd = m[1].replace(/'\\''/g, "'");
    helpers.push(/\/hf-hooks\/[^/]+\/credential'/.test(cmd) ? "hf-hooks" : cmd.replace(/^git credential-/, ""));
  }
  return helpers;
}
function parseAttributes(text) {
  const out = {};
  for (const line of text.split("\n")) {
    const eq = line.indexOf("=");
    if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1).replace(/\r$/, "");
  }
  return out;
}

// hooks/lfs/server.ts
function lfsEndpoint(remote, remoteName, lfs) {
  const named = remoteName ? lfs.remotes[remoteName] : void 0;
  const configured = lfs.pushurl ?? lfs.url ?? named?.lfspushurl ?? named?.lfsurl;
  if (configured) return configured.replace(/\/+$/, "");
  if (!remote.host || remote.transport !== "ssh" && remote.transport !== "https" && remote.transport !== "http") return void 0;
  const scheme = remote.transport === "http" ? "http" : "https";
  const host = remote.host.includes(":") ? `[${remote.host}]` : remote.host;
  const port = remote.transport !== "ssh" && remote.port ? `:${remote.port}` : "";
  const path = `/${remote.path.replace(/^\/+|\/+$/g, "")}`;
  return `${scheme}://${host}${port}${path}${path.endsWith(".git") ? "" : ".git"}/info/lfs`;
}
var BATCH_SIZE = 100;
var LFS_JSON = "application/vnd.git-lfs+json";
async function missingOnServer(endpoint, objects, remote, fx, deadline, http) {
  let url;
  try {
    url = new URL(`${endpoint}/objects/batch`);
  } catch {
    return { error: `${endpoint} is not a URL` };
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopback(url.hostname))) return { error: `${endpoint} is plain http` };
  const credential = remote.password ? { username: remote.user, password: remote.password } : await gitCredential(endpoint, fx, LOCAL_TIMEOUT_MS);
  const auth = credential?.password ? { authorization: `Basic ${Buffer.from(`${credential.username ?? ""}:${credential.password}`).toString("base64")}` } : {};
  const chunks = [];
  for (let i = 0; i < objects.length; i += BATCH_SIZE) chunks.push(objects.slice(i, i + BATCH_SIZE));
  const route = routeFor(endpoint, url.href, http, fx.env);
  const answers = await Promise.all(chunks.map((chunk) => fx.httpPost(
    url.href,
    { accept: LFS_JSON, "content-type": LFS_JSON, ...auth },
    JSON.stringify({ operation: "upload", transfers: ["basic"], objects: chunk, hash_algo: "sha256" }),
    deadline - fx.now(),
    route
  )));
  const missing = /* @__PURE__ */ new Set();
  for (const a of answers) {
    if ("error" in a) return { error: a.error };
    if (a.status !== 200) return { error: `${url.host} answered ${a.status}${credential ? "" : " (no credential for it)"}` };
    let body;
    try {
      body = JSON.parse(a.body);
    } catch {
      return { error: `${url.host} did not answer in the Git LFS batch format` };
    }
    for (const o of body.objects ?? []) {
      if (o.error) return { error: `${url.host} said of ${o.oid?.slice(0, 12)}: ${o.error.message ?? "an error"}` };
      if (o.oid && o.actions?.upload) missing.add(o.oid);
    }
  }
  return { missing };
}

// hooks/content/lfs.ts
async function lfsUploads(i, pointers, fx) {
  if (!pointers.length) return [];
  const stuck = await unsendable(dedupe(pointers), i.config, fx);
  if (!stuck.length) return [];
  const endpoint = lfsEndpoint(i.remote, i.remoteName, i.config.lfs);
  const asked = !i.network ? { error: "not asked (offline)" } : !endpoint ? { error: "the remote is a local path" } : await missingOnServer(endpoint, stuck.map(({ oid, size }) => ({ oid, size })), i.remote, fx, i.deadline, i.config.http);
  if ("error" in asked) return [unverified(i, stuck, asked.error)];
  const missing = stuck.filter((p) => asked.missing.has(p.oid));
  return missing.length ? [refused(i, missing)] : [];
}
var dedupe = (pointers) => [...new Map(pointers.map((p) => [p.oid, p])).values()];
async function unsendable(pointers, config, fx) {
  const uploader = fx.env.GIT_LFS_SKIP_PUSH ? "skip-push" : (await fx.run("git-lfs", ["version"], { env: fx.env, timeoutMs: LOCAL_TIMEOUT_MS })).code !== 0 ? "no-git-lfs" : void 0;
  const store = await objectStore(config, fx);
  const out = [];
  for (const p of pointers) {
    const local2 = store !== void 0 && (await fx.stat(`${store}/${p.oid.slice(0, 2)}/${p.oid.slice(2, 4)}/${p.oid}`))?.kind === "file";
    if (!local2) out.push({ ...p, reason: "not-local" });
    else if (uploader) out.push({ ...p, reason: uploader });
  }
  return out;
}
async function objectStore(config, fx) {
  const r = await fx.run("git", ["rev-parse", "--path-format=absolute", "--git-common-dir"], { env: fx.env, timeoutMs: LOCAL_TIMEOUT_MS });
  const gitDir = r.code === 0 ? r.stdout.trim() : void 0;
  const storage = config.lfs.storage;
  if (storage?.startsWith("/")) return `${storage}/objects`;
  return gitDir ? `${gitDir}/${storage ?? "lfs"}/objects` : void 0;
}
var WHY = {
  "no-git-lfs": "git-lfs is not installed (not on PATH), so nothing uploads them",
  "skip-push": "GIT_LFS_SKIP_PUSH is set, so git-lfs uploads nothing",
  "not-local": "their files are not in this clone's LFS store (a clone made with GIT_LFS_SKIP_SMUDGE=1, or pruned), so git-lfs has nothing to upload"
};
var MiB3 = 1024 * 1024;
var bytes2 = (n) => n >= MiB3 ? `${(n / MiB3).toFixed(1)} MiB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${n} B`;
function listed2(pointers) {
  const shown = pointers.slice(0, 3).map((p) => `${p.path} (${bytes2(p.size)})`).join(", ");
  return pointers.length > 3 ? `${shown} and ${pointers.length - 3} more` : shown;
}
function reasons(pointers) {
  return [...new Set(pointers.map((p) => p.reason))].map((r) => WHY[r]).join("; ");
}
function fixes(i, pointers) {
  const to = i.remoteName ?? i.remote.url;
  const has = (r) => pointers.some((p) => p.reason === r);
  return [
    ...has("no-git-lfs") ? [
      "sudo apt-get install git-lfs    # Debian/Ubuntu; macOS: brew install git-lfs; others: https://git-lfs.com",
      "git lfs install --skip-repo    # the LFS filters; hf-hooks' pre-push hook runs git-lfs's upload"
    ] : [],
    ...has("skip-push") ? ["unset GIT_LFS_SKIP_PUSH"] : [],
    ...has("not-local") ? [`git lfs fetch --all ${to === "origin" ? "<remote that has these files>" : "origin"}    # get the files from where they are (the repository this was cloned from)`] : [],
    `git push ${to}    # again: the LFS files are uploaded first, then the pack`
  ];
}
function refused(i, missing) {
  const provider = PROVIDERS[i.remote.provider];
  const host = i.remote.host ?? i.remote.url;
  const n = missing.length;
  const what = `${n} Git LFS file${n === 1 ? "" : "s"} in this push point${n === 1 ? "s" : ""} to ${n === 1 ? "a file" : "files"} ${host} does not have, and this push cannot upload ${n === 1 ? "it" : "them"}: ${listed2(missing)}.`;
  const file = missing[0].path;
  if (!provider.lfsRefusal) {
    return { ...finding("content.lfs-missing", "warn", `${what}
${reasons(missing)}. ${host} takes the push, but shows those files as pointer text.`, fixes(i, missing)), file };
  }
  return {
    ...finding(
      "content.lfs-missing",
      "error",
      `${what}
${reasons(missing)}. ${provider.label} refuses such a push after the whole pack was sent: "${provider.lfsRefusal}"`,
      fixes(i, missing)
    ),
    file
  };
}
function unverified(i, stuck, why) {
  const host = i.remote.host ?? i.remote.url;
  const n = stuck.length;
  return { file: stuck[0].path, ...finding(
    "content.lfs-unverified",
    "warn",
    `${n} Git LFS file${n === 1 ? "" : "s"} in this push cannot be uploaded by it (${listed2(stuck)}), and whether ${host} already has ${n === 1 ? "it" : "them"} could not be checked: ${why}.
${reasons(stuck)}.${PROVIDERS[i.remote.provider].lfsRefusal ? ` If ${host} lacks one, it refuses the push after the pack was sent.` : ""}`,
    fixes(i, stuck)
  ) };
}

// hooks/content/metadata.ts
var YAML_BLOCK = /^(\s*---(?:\r\n|\r|\n))([\S\s]*?)((?:\r\n|\r|\n)---[ \t]*(\r\n|\n|$))/;
async function frontMatterError(readme) {
  const m = YAML_BLOCK.exec(readme);
  if (!m) return void 0;
  const { parseDocument } = await Promise.resolve().then(() => __toESM(require_dist(), 1));
  const doc = parseDocument(m[2], { prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (!error) return void 0;
  const before = m[1].split(/\r\n|\r|\n/).length - 1;
  const line = before + m[2].slice(0, error.pos[0]).split(/\r\n|\r|\n/).length;
  return `${error.message.split("\n")[0]} (README.md line ${line})`;
}
async function validateRemotely(url, readme, repoType, fx, deadline, route) {
  const a = await fx.httpPost(url, { "content-type": "application/json", accept: "application/json" }, JSON.stringify({ content: readme, repoType }), deadline - fx.now(), route);
  if ("error" in a) return { error: a.error };
  const body = parseJson(a.body);
  const messages = (list) => Array.isArray(list) ? list.map((e) => String(e?.message ?? e)).filter(Boolean) : [];
  if (a.status === 200) return { errors: [], warnings: messages(body?.warnings) };
  if (a.status === 400) return { errors: messages(body?.errors), warnings: messages(body?.warnings) };
  return { error: `${new URL(url).host} answered ${a.status}` };
}

// hooks/content/check.ts
var LOCATED = 5;
async function checkContent(i, fx) {
  if (!i.config.contentGuard) return [];
  const blobs = await pushedBlobs(i.refs, i.remoteName, fx);
  if ("error" in blobs) return [unchecked(blobs.error)];
  if (!blobs.length) return [];
  const provider = PROVIDERS[i.remote.provider];
  const rules = provider.contentRules ?? {};
  const [pointers, probed] = await Promise.all([pointersIn(blobs, fx), binaryBlobs(blobs.filter((b) => needsProbe(b, rules)).map((b) => b.oid), fx)]);
  const found = "error" in pointers ? [] : pointers;
  const breaches = judge(blobs, "error" in probed ? /* @__PURE__ */ new Set() : probed, found, rules, { large: i.config.lfs.agents.length > 0 });
  const readme = rules.metadata ? blobs.find((b) => b.path === rules.metadata.file) : void 0;
  const [files, card, uploads] = await Promise.all([
    fileFindings(breaches, i, fx),
    readme ? metadataFindings(readme.oid, i, fx) : [],
    lfsUploads({ remote: i.remote, remoteName: i.remoteName, config: i.config, network: i.network, deadline: i.deadline }, found, fx)
  ]);
  return [...files, ...card, ...uploads];
}
async function whereOf(i, fx) {
  const ref = i.refs.find((r) => !r.deletion);
  const localRef = ref.localRef.startsWith("refs/") ? ref.localRef : ref.remoteRef;
  const tracking = i.remoteName && !i.remoteName.includes("/") ? `refs/remotes/${i.remoteName}/${ref.remoteRef.replace(/^refs\/heads\//, "")}` : void 0;
  const known = /^0+$/.test(ref.remoteOid) ? void 0 : tracking && (await fx.run("git", ["rev-parse", "-q", "--verify", tracking], { env: fx.env, timeoutMs: LOCAL_TIMEOUT_MS })).stdout.trim() === ref.remoteOid ? tracking : ref.remoteOid;
  return { to: i.remoteName ?? i.remote.url, localRef, remoteRef: ref.remoteRef, ...known && { remoteHas: known } };
}
async function fileFindings(breaches, i, fx) {
  if (!breaches.length) return [];
  const provider = PROVIDERS[i.remote.provider];
  const rules = provider.contentRules;
  const where = await whereOf(i, fx);
  const located = await Promise.all(breaches.map(async (b, n) => n < LOCATED ? { ...b, commit: await introducedBy(b.oid, i.refs, i.remoteName, fx) } : b));
  const pick = (rule, certain) => located.filter((b) => b.rule === rule && b.certain === certain);
  const out = [];
  for (const certain of [true, false]) {
    const big = pick("too-large", certain);
    if (big.length && rules.tooLarge) {
      const limit = certain ? rules.tooLarge.bytes : rules.tooLarge.warnFrom.bytes;
      out.push(tooLarge(big, certain, limit, provider, where, certain ? rules.tooLarge.said : rules.tooLarge.warnFrom.said, rules.tooLarge.docs));
    }
    const bin = pick("binary", certain);
    if (bin.length && rules.binary) out.push(binary(bin, certain, rules.binary.bytes, provider, where, rules.binary.said, rules.binary.docs));
    const lfs = pick("lfs-too-large", certain);
    if (lfs.length && rules.lfsFile) out.push(lfsTooLarge(lfs, certain, provider, rules.lfsFile.agentFix));
  }
  const whole = await routedThroughLfs(located.filter((b) => b.rule !== "lfs-too-large").map((b) => b.path), fx);
  return whole.length ? [...out, lfsNotInstalled(whole)] : out;
}
async function routedThroughLfs(paths, fx) {
  if (!paths.length) return [];
  const r = await fx.run("git", ["check-attr", "--stdin", "-z", "filter"], { env: fx.env, input: paths.join("\0"), timeoutMs: LOCAL_TIMEOUT_MS });
  if (r.code !== 0) return [];
  const fields = r.stdout.split("\0");
  const out = [];
  for (let n = 0; n + 2 < fields.length; n += 3) if (fields[n + 2] === "lfs") out.push(fields[n]);
  return out;
}
async function metadataFindings(oid, i, fx) {
  const provider = PROVIDERS[i.remote.provider];
  const m = provider.contentRules.metadata;
  const text = await blobText(oid, fx);
  if (text === void 0) return [];
  const broken = await frontMatterError(text);
  if (broken) return [metadataInvalid(m.file, [broken], provider, m.said, true)];
  const api = apiBase(i.remote, provider, i.config);
  if (!i.network || !m.validate || "refuse" in api || !/^\s*---/.test(text)) return [];
  const url = m.validate(api.base);
  const verdict = await validateRemotely(url, text, i.remote.repo?.type ?? "model", fx, i.deadline, routeOf(i.remote, url, i.config.http, fx.env));
  if ("error" in verdict) return [];
  if (verdict.errors.length) return [metadataInvalid(m.file, verdict.errors, provider, m.said, true)];
  return verdict.warnings.length ? [metadataInvalid(m.file, verdict.warnings, provider, m.said, false)] : [];
}

// hooks/net/guidance.ts
var API_FAILURES = /* @__PURE__ */ new Set(["api.unreachable", "api.tls", "api.proxy", "api.proxy-auth", "api.unverified"]);
var LETS = "hf-hooks cannot confirm the token, so it lets Git try.";
var PROXY_HINT = "If this network reaches the internet only through a proxy, tell Git (hf-hooks follows it): git config --global http.proxy http://PROXY-HOST:PORT";
var CA_HINT = "git config --global http.sslCAInfo /path/to/your-network-ca.pem    # Git and hf-hooks both trust it";
function apiFailure(api, f, route, asked = "whether the token may push") {
  const what = `Could not ask ${api} ${asked}: ${f.error}.`;
  switch (f.failure) {
    case "tls":
      return tls(what, f, route);
    case "proxy":
      return proxy(what, route);
    case "proxy-auth":
      return proxyAuth(what, route);
    case "unverified":
      return finding(
        "api.unverified",
        "warn",
        `${what}
Git will send the token anyway, to whoever answers: ${route.unverified} turns off the check that it is ${hostOf(api)}.`,
        [...verifyAgain(route.unverified ?? ""), CA_HINT.replace("both trust it", "both trust it, instead of trusting anyone")]
      );
    case "timeout":
      return finding(
        "api.unreachable",
        "warn",
        `${what}
${LETS}`,
        ["hf-hooks.timeout is the budget in ms (git config hf-hooks.timeout 8000); HF_HOOKS=0 skips the check", ...route.proxy || route.direct ? [] : [PROXY_HINT]]
      );
    case "dns":
      return finding(
        "api.unreachable",
        "warn",
        `${what}
${LETS}`,
        route.direct?.includes("covers") ? [`${route.direct}: if ${hostOf(api)} is reached through the proxy, take it out of that list`] : route.proxy ? [] : [PROXY_HINT]
      );
    default:
      return finding("api.unreachable", "warn", `${what}
${LETS}`, route.proxy || route.direct ? [] : [PROXY_HINT]);
  }
}
function tls(what, f, route) {
  const tried = route.ca.length ? `
The certificates hf-hooks was given (${route.ca.map((c) => `${c.path}, from ${c.source}`).join("; ")}) do not sign it either.` : "";
  return finding(
    "api.tls",
    "warn",
    `${what}${tried}
Git may trust it where hf-hooks does not, so it lets Git try.`,
    f.untrusted ? [`If your network inspects TLS with its own CA, name that CA: ${CA_HINT}`, "or, for one shell: export GIT_SSL_CAINFO=/path/to/your-network-ca.pem"] : []
  );
}
function proxy(what, route) {
  const where = route.invalid ? route.invalid.split(":")[0] : route.proxy?.source;
  const env = where && /^[a-z_]+$/i.test(where) ? where : void 0;
  return finding(
    "api.proxy",
    "warn",
    `${what}
The proxy is ${route.proxy ? `${shownProxy(route.proxy.url)}, from ${route.proxy.source}` : `set in ${where}`}; Git uses the same one, so the push is likely to fail too. hf-hooks lets Git try.`,
    env ? [`export ${env}=http://PROXY-HOST:PORT    # the proxy your network uses`] : ["git config --show-origin --get-all http.proxy    # where it is set", "git config --global http.proxy http://PROXY-HOST:PORT    # the proxy your network uses"]
  );
}
function proxyAuth(what, route) {
  const p = route.proxy;
  const method = route.proxyAuthMethod?.toLowerCase();
  const hasLogin = /^[a-z0-9]+:\/\/[^/@]+@/i.test(p.url);
  const why = method && method !== "basic" && method !== "anyauth" ? `Git logs in to it with ${method} (http.proxyAuthMethod); hf-hooks speaks only Basic to proxies, so it lets Git try.` : hasLogin ? `It refused the login in ${p.source}. hf-hooks lets Git try.` : "hf-hooks sends a proxy login only when it is in the proxy URL; Git may get one from a credential helper, so it lets Git try.";
  const host = shownProxy(p.url).replace(/^[a-z0-9]+:\/\/([^/@]*@)?/i, "");
  return finding(
    "api.proxy-auth",
    "warn",
    `${what}
${why}`,
    hasLogin || method && method !== "basic" && method !== "anyauth" ? [] : [`Put the login in the proxy URL, where Git and hf-hooks both read it: http://USER:PASSWORD@${host} (in ${p.source})`]
  );
}
function verifyAgain(why) {
  if (why.startsWith("GIT_SSL_NO_VERIFY")) return ["unset GIT_SSL_NO_VERIFY    # verify certificates again"];
  const scope = /\((global|system|local|worktree)\)/.exec(why)?.[1];
  const key = why.split(" ")[0];
  return [`git config${scope ? ` --${scope}` : ""} --unset ${key}    # verify certificates again`];
}
var hostOf = (api) => {
  try {
    return new URL(api).host;
  } catch {
    return api;
  }
};
function routeFinding(url, route) {
  const parts = [];
  if (route.proxy) parts.push(`via the proxy ${shownProxy(route.proxy.url)} (from ${route.proxy.source})`);
  else if (route.direct) parts.push(`direct (${route.direct})`);
  else if (route.invalid) parts.push(`nowhere: ${route.invalid}`);
  if (route.ca.length) parts.push(`trusting, besides Node's roots, ${route.ca.map((c) => `${c.path} (from ${c.source})`).join(", ")}`);
  if (route.unverified) parts.push(`with no token sent: ${route.unverified}`);
  if (!parts.length) return void 0;
  return finding("api.route", "info", `API requests for ${url.replace(/\/\/[^/@]*@/, "//")} go ${parts.join("; ")}.`);
}
function routeShown(route) {
  const shown = {
    ...route.proxy && { proxy: shownProxy(route.proxy.url), proxySource: route.proxy.source },
    ...route.direct && { direct: route.direct },
    ...route.invalid && { invalid: route.invalid },
    ...route.ca.length && { ca: route.ca.map(({ path, source }) => ({ path, source })) },
    ...route.unverified && { unverified: route.unverified }
  };
  return Object.keys(shown).length ? shown : void 0;
}

// hooks/version.ts
var VERSION = true ? "0.1.0" : "dev";

// hooks/mask.ts
var TOKEN_PREFIX = /^(?:hf_oauth_|hf_jwt_|api_org_|github_pat_|ATATT|ATCTT|ATBB|[a-z]+[_-])/;
var maskToken = (token) => `${TOKEN_PREFIX.exec(token)?.[0] ?? ""}****`;
var STARTS = ALL_TOKEN_PATTERNS.map((p) => new RegExp(`(?=(${p.source}))`, "g"));
function mask(text) {
  const out = text.replace(/(\b[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/\s:@]*):[^/\s@]*@/g, "$1:****@");
  const spans = [];
  for (const start of STARTS) for (const m of out.matchAll(start)) spans.push([m.index, m.index + m[1].length]);
  if (!spans.length) return out;
  spans.sort((a, b) => a[0] - b[0]);
  let result = "";
  let at = 0;
  for (let i = 0; i < spans.length; ) {
    const from = spans[i][0];
    let to = spans[i][1];
    for (i++; i < spans.length && spans[i][0] <= to; i++) to = Math.max(to, spans[i][1]);
    result += out.slice(at, from) + maskToken(out.slice(from, to));
    at = to;
  }
  return result + out.slice(at);
}

// hooks/https/guidance.ts
function guidanceFor(remote, provider, remoteName, store) {
  const host = remote.host ?? "";
  const path = repoPath(remote.path);
  const official = provider.hosts.includes(host);
  return {
    remoteName,
    provider,
    scheme: remote.transport,
    host,
    hostPort: remote.port ? `${host}:${remote.port}` : host,
    url: remote.url,
    repo: remote.repo,
    store,
    ...official && path && { sshUrl: `git@${sshHostFor(provider, host)}:${path}` }
  };
}
var sshInstead = (c) => c.sshUrl ? [`or use SSH with a registered key: ${setUrl(c.remoteName, c.sshUrl)}`] : [];
function noCredential(c, local2, canAsk) {
  const minted = c.provider.mintedToken?.(c.store.env);
  if (minted) {
    return finding(
      "https.token-minted",
      canAsk ? "warn" : "error",
      `Git has no credential for ${c.scheme}://${c.hostPort}: ${minted.why}.
` + (canAsk ? "Git will ask for a password instead." : "Git cannot ask anyone for one here, so this push cannot authenticate."),
      minted.fix,
      c.provider.tokensPage
    );
  }
  const handOver2 = local2[0] && c.provider.storeLocalToken?.(local2[0], c.store);
  const store = [...handOver2 ? handOver2.map((s, i) => i === handOver2.length - 1 ? `${s}    # store that token for Git` : s) : [], ...handOver2 ? [] : c.provider.storeToken(c.store)];
  const have = local2[0] && !c.store.bridge ? ` You do have a ${c.provider.label} token in ${local2[0].source}, but Git does not read it.` : "";
  if (canAsk) {
    return finding(
      "https.no-credential",
      "warn",
      `Git has no stored credential for ${c.scheme}://${c.hostPort}, so it will ask for a user name and password.${have}
Paste an access token as the password: ${c.provider.label} refuses account passwords for Git.`,
      [...store, ...sshInstead(c)],
      c.provider.tokensPage
    );
  }
  return finding(
    "https.no-credential",
    "error",
    `Git has no credential for ${c.scheme}://${c.hostPort}, and nothing can ask for one here (no terminal, no askpass), so this push cannot authenticate.${have}`,
    [...store, ...sshInstead(c)],
    c.provider.tokensPage
  );
}
function hostAlias(c, alias, canAsk) {
  const port = c.hostPort.slice(c.host.length);
  return finding(
    "https.host-alias",
    canAsk ? "warn" : "error",
    `Git has a credential for ${alias.host}${port}, but this remote says ${c.hostPort}.
Credential helpers match the host name exactly, so Git finds nothing for this push${canAsk ? " and will ask for a password" : ", and nothing can ask for one here"}.`,
    [
      `${setUrl(c.remoteName, c.url.replace(/^(\w+:\/\/)([^/@]*@)?[^/:]+/, `$1$2${alias.host}`))}    # use the host the token is stored for`,
      `or copy the credential to ${c.host}: printf 'protocol=${c.scheme}\\nhost=${alias.host}${port}\\n\\n' | git credential fill | sed 's/^host=.*/host=${c.hostPort}/' | git credential approve`
    ],
    c.provider.tokensPage
  );
}
function passwordNotToken(c, cred, why) {
  return finding(
    "https.password-not-token",
    "error",
    `The password Git has stored for ${cred.username ? `${cred.username}@` : ""}${c.hostPort} is not an access token: ${why}.
The server would answer "Authentication failed".`,
    [
      `Create a token with write access: ${c.provider.tokensPage ?? `the token settings of ${c.host}`}`,
      `${reject(c)}    # forget the stored password`,
      ...c.provider.storeToken(c.store)
    ],
    c.provider.tokensPage
  );
}
function unverified2(c, cred, why) {
  return finding(
    "token.unverified",
    "warn",
    `The password Git has stored for ${cred.username ? `${cred.username}@` : ""}${c.hostPort} may not be an access token: ${why}.
hf-hooks could not confirm it with ${c.provider.label}, so it lets Git try.`,
    [`If the push is refused, create a token: ${c.provider.tokensPage ?? `the token settings of ${c.host}`}`, `${reject(c)}    # then forget the stored password`, ...c.provider.storeToken(c.store)],
    c.provider.tokensPage
  );
}
function envOverride(c, t) {
  const handOver2 = c.provider.storeLocalToken?.(t, c.store);
  return finding(
    "token.env-override",
    "info",
    `Git pushes with the token stored in its credential helper, not the one in ${t.source} (${maskToken(t.token)}).
${c.provider.localTools ?? `${c.provider.label}'s tools`} use ${t.source} first; git never reads it, so the two can disagree.`,
    handOver2 ? [...handOver2.slice(0, -1), `${handOver2[handOver2.length - 1]}    # if Git should use that one too`] : []
  );
}
function unreachable(api, detail) {
  return finding(
    "api.unreachable",
    "warn",
    `Could not ask ${api} whether the token may push: ${detail}.
hf-hooks cannot confirm the token, so it lets Git try.`,
    [`hf-hooks.timeout is the budget in ms (git config hf-hooks.timeout 8000); HF_HOOKS=0 skips the check`]
  );
}
var notValidated = (provider, why = "Offline") => finding("token.not-validated", "info", `${why}: not confirmed with ${provider.label} whether this token is valid and may push here.`);
var reject = (c) => `printf 'protocol=${c.scheme}\\nhost=${c.hostPort}\\n\\n' | git credential reject`;
var WEEK = 7 * 864e5;
var day = (ms) => new Date(ms).toISOString().slice(0, 10);
function expiring(c, expires, now, user) {
  if (expires === void 0 || expires <= now || expires - now > WEEK) return void 0;
  return finding(
    "token.expiring",
    "warn",
    `The token Git has stored for ${c.hostPort}${user ? ` (${user})` : ""} expires on ${day(expires)}.
Pushes work until then, and fail with "Authentication failed" after.`,
    [`Create a new token before then: ${c.provider.tokensPage ?? `the token settings of ${c.host}`}`, `${reject(c)}    # then forget the old one`, ...c.provider.storeToken(c.store)],
    c.provider.tokensPage
  );
}
function tokenFinding(t, c, api) {
  const page = c.provider.tokensPage;
  const where = c.repo ? `${c.repo.namespace ? `${c.repo.namespace}/` : ""}${c.repo.name}` : c.hostPort;
  const store = c.provider.storeToken(c.store);
  switch (t.kind) {
    case "ok":
      return finding("token.ok", "ok", `Git pushes to ${c.hostPort} as ${t.user} (token: ${t.role})${t.note ? `; ${t.note}` : ""}.`);
    case "invalid":
      return finding(
        "token.invalid",
        "error",
        `The token Git has stored for ${c.hostPort} is not valid: ${api} rejected it (401).
It was revoked, deleted, expired or mistyped; the push would fail with "Authentication failed".`,
        [`Create a new token: ${page ?? `the token settings of ${c.host}`}`, `${reject(c)}    # forget the dead one`, ...store],
        page
      );
    case "read-only":
      return finding(
        "token.read-only",
        t.certain ? "error" : "warn",
        `The token Git would push with (${t.user}) is read-only: ${t.detail}.
` + (t.certain ? `${c.provider.label} lets it clone but refuses the push.` : `${c.provider.label} may refuse the push; hf-hooks lets Git try.`),
        [`Create a token with write access: ${page ?? `the token settings of ${c.host}`}`, `${reject(c)}    # forget the read-only one`, ...store],
        page
      );
    case "no-write":
      return noWrite(t, c, where, store);
    case "not-found":
      return finding(
        "repo.not-found",
        "error",
        `${c.provider.label} has no repository ${t.repo} that ${t.user} can see: it does not exist, or it is private to others.
${c.provider.label} does not create repositories on push; Git would only say "repository not found".`,
        [...t.create ? [`${t.create}    # if it should be new`] : [], `or check the URL: git remote -v`, `or ask the owner for access`]
      );
    case "sso-required":
      return finding(
        "token.sso-required",
        "error",
        `The token Git has stored for ${c.hostPort} (${t.user}) is not authorised for the single sign-on this organization requires.
${c.provider.label} refuses it for this repository until it is.`,
        [`Authorise it: ${t.url ?? `${page ?? "the token settings"} > Configure SSO`}`],
        page
      );
    case "expired":
      return finding(
        "token.expired",
        "error",
        `The token Git has stored for ${c.hostPort}${t.user ? ` (${t.user})` : ""} expired on ${t.when}.
The push would fail with "Authentication failed".`,
        [`Create a new token: ${page ?? `the token settings of ${c.host}`}`, `${reject(c)}`, ...store],
        page
      );
    case "unknown":
      return unreachable(api, t.detail);
  }
}
function noWrite(t, c, where, store) {
  const page = c.provider.tokensPage;
  const owner = t.namespace.split("/")[0];
  const own = owner === t.user;
  return finding(
    "token.no-write-access",
    t.certain ? "error" : "warn",
    `${t.user}'s token ${t.certain ? "cannot" : "may not"} push to ${where}: ${t.detail}.
` + (t.certain ? `${c.provider.label} would refuse the push after the upload.` : `hf-hooks cannot be sure, so it lets Git try.`),
    [
      own ? `Create a token with write access to ${owner}: ${page ?? `the token settings of ${c.host}`}` : `Ask an admin of ${owner} for write access${page ? `, then use a token with write access: ${page}` : ""}`,
      ...t.fix ?? [],
      ...!own && c.repo?.name ? [`or push to your own namespace: ${setUrl(c.remoteName, c.url.replace(/\/[^/]+\/[^/]+\/?$/, `/${t.user}/${c.repo.name}`))}`] : [],
      ...own ? [reject(c), ...store] : []
    ],
    page
  );
}
function bridgedFrom(remote, source) {
  return finding(
    "https.bridged",
    "info",
    `Git gets its token for ${withoutUserinfo(remote.url)} from ${source}, through hf-hooks' credential helper (no helper of yours has one).
After a push that works, Git hands it to your storage helper, if you have one; \`git config hf-hooks.bridge false\` turns this off.`
  );
}
function helperOrder(remote, helpers) {
  const where = withoutUserinfo(remote.url);
  if (!helpers.length) return finding("https.helpers", "info", `Git has no credential helper for ${where}.`);
  return finding("https.helpers", "info", `Git asks these credential helpers for ${where}, in this order, until one answers: ${helpers.map((h, i) => `${i + 1}. ${h}`).join("  ")}.`);
}

// hooks/https/store.ts
var COUNTED = /^[\w\-/]+(\s|$)/;
var platformHelper = (platform) => platform === "darwin" ? "osxkeychain" : platform === "win32" ? "manager" : "store";
function storeContext(remote, config, env, platform = process.platform) {
  const storageHelper = config.credentialHelpers.find((h) => COUNTED.test(h));
  const bridge = bridgeServes(remote, config, env);
  return { ...bridge && { bridge }, ...storageHelper && { storageHelper }, platformHelper: platformHelper(platform), url: origin(remote), env };
}
function bridgeServes(remote, config, env) {
  const hosts = PROVIDERS[remote.provider].bridgeHosts?.(env);
  if (!config.bridge || !hosts || !remote.host) return false;
  if (!(remote.transport === "https" || remote.transport === "http" && isLoopback(remote.host))) return false;
  const port = remote.port && remote.port !== (remote.transport === "https" ? 443 : 80) ? `:${remote.port}` : "";
  return hosts.includes(`${remote.host}${port}`);
}

// hooks/https/bridge.ts
var ACCEPTED = /* @__PURE__ */ new Set(["token.ok", "token.read-only", "token.no-write-access", "repo.not-found", "token.sso-required"]);
async function bridged(remote, config, fx, o) {
  const provider = PROVIDERS[remote.provider];
  if (!bridgeServes(remote, config, fx.env) || !provider.localTokens) return void 0;
  const local2 = (await provider.localTokens(fx)).find((t) => t.inUse);
  if (!local2) return void 0;
  const unverified3 = routeOf(remote, remote.url, config.http, fx.env).unverified;
  if (unverified3) return { refused: notHandedOver(remote, local2, [finding("api.unverified", "warn", `${unverified3}: Git does not check that it is talking to ${remote.host}`)]) };
  const token = local2.expires !== void 0 && local2.expires <= fx.now() ? await renew(local2, remote, fx, o.deadline) : local2;
  if ("refused" in token) return token;
  const network = o.network ?? true;
  const findings = await diagnoseCredential(remote, { password: token.token }, config, fx, {
    network,
    deadline: o.deadline,
    remoteName: o.remoteName,
    gitCanAsk: false,
    scope: o.scope
  });
  if (network && !findings.some((f) => ACCEPTED.has(f.id))) return { refused: notHandedOver(remote, local2, findings) };
  const source = token === local2 ? `${local2.source}${provider.localTools ? ` (${provider.localTools}'s token)` : ""}` : `\`${token.source}\``;
  return { username: provider.tokenQuestion?.user ?? "git", password: token.token, source, findings };
}
async function renew(t, remote, fx, deadline) {
  const cli = PROVIDERS[remote.provider].cli;
  const day3 = new Date(t.expires).toISOString().slice(0, 10);
  if (cli?.renew) {
    const [cmd, ...args] = cli.renew;
    const r = await fx.run(cmd, args, { env: fx.env, timeoutMs: Math.max(0, deadline - fx.now()) });
    const fresh = r.stdout.trim().split("\n").pop()?.trim();
    if (r.code === 0 && fresh && fresh !== t.token && !/\s/.test(fresh)) return { token: fresh, source: `${cli.renew.join(" ")}`, inUse: true };
  }
  const provider = PROVIDERS[remote.provider];
  return {
    refused: finding(
      "token.expired",
      "warn",
      `${provider.localTools ?? provider.label}'s login (${maskToken(t.token)}, in ${t.source}) expired on ${day3}${cli?.renew ? `, and \`${cli.renew.join(" ")}\` could not renew it` : ""}, so hf-hooks did not hand it to Git.`,
      [cli?.login ?? `Log in to ${provider.label} again`],
      provider.tokensPage
    )
  };
}
function notHandedOver(remote, t, findings) {
  const provider = PROVIDERS[remote.provider];
  const why = findings.find((f) => f.level === "error" || f.level === "warn");
  const said = why ? why.message.split("\n")[0] : "it could not be confirmed";
  return finding(
    "https.bridge-refused",
    "warn",
    `The ${provider.label} token in ${t.source} (${maskToken(t.token)}) was not handed to Git: ${said}`,
    [provider.cli?.login ?? `Create a new token: ${provider.tokensPage}`, ...why && API_FAILURES.has(why.id) ? why.fix : []],
    provider.tokensPage
  );
}

// hooks/https/check.ts
async function checkHttps(remote, config, fx, o) {
  const provider = PROVIDERS[remote.provider];
  if (!provider.tokenShape) return { findings: [] };
  const [credential, local2] = await Promise.all([gitCredential(remote.url, fx, LOCAL_TIMEOUT_MS), localTokens2(provider, fx)]);
  if (credential?.timedOut) return { findings: [helperTimeout(remote)] };
  if (!credential?.password) {
    const asked = await fx.cache.get(askedKey(remote), ASKED_TTL_SECONDS);
    if (asked?.findings && !o.scope.reviewOnly) return { findings: asked.findings };
    const bridge = await bridged(remote, config, fx, { remoteName: o.remoteName, deadline: o.deadline, scope: o.scope, network: o.network });
    if (bridge && !("refused" in bridge)) return { findings: [bridgedFrom(remote, bridge.source), ...bridge.findings] };
    return { findings: [...bridge ? [bridge.refused] : [], await missingCredential(remote, config, fx, o, local2)] };
  }
  const password = credential.password;
  return { findings: await diagnoseCredential(remote, credential, config, fx, o, local2), readyKey: (url) => readyKey(VERSION, url, password) };
}
function helperTimeout(remote) {
  const url = withoutUserinfo(remote.url);
  return finding(
    "https.helper-timeout",
    "warn",
    `A credential helper did not answer within ${LOCAL_TIMEOUT_MS / 1e3} s when asked for ${url}.
Git asks the same helpers before it pushes, so the push waits on it too; if it never answers, the push hangs there.`,
    [
      `printf 'url=%s\\n\\n' ${shQuote(url)} | GIT_TRACE=1 git credential fill    # shows which helper Git runs last before it waits`,
      "git config --show-origin --get-all credential.helper    # where each helper is set"
    ]
  );
}
var ASKED_TTL_SECONDS = 120;
var askedKey = (remote) => cacheKey("asked", VERSION, origin(remote), repoPath(remote.path));
var localTokens2 = async (provider, fx) => await provider.localTokens?.(fx) ?? [];
var guidance = (remote, config, fx, remoteName) => guidanceFor(remote, PROVIDERS[remote.provider], remoteName, storeContext(remote, config, fx.env));
async function missingCredential(remote, config, fx, o, local2) {
  const c = guidance(remote, config, fx, o.remoteName);
  const alias = await aliasCredential(remote, config, fx);
  if (alias) return hostAlias(c, alias, o.gitCanAsk);
  return noCredential(c, local2 ?? await localTokens2(c.provider, fx), o.gitCanAsk);
}
async function diagnoseCredential(remote, credential, config, fx, o, local2) {
  const c = guidance(remote, config, fx, o.remoteName);
  const provider = c.provider;
  const password = credential.password ?? "";
  const shape = provider.tokenShape?.(password, fx.now(), credential.username) ?? { kind: "token" };
  if (shape.kind === "not-token") return [passwordNotToken(c, credential, shape.why)];
  if (shape.kind === "unknown" && o.rejected) return [passwordNotToken(c, credential, `${c.hostPort} refused it, and ${shape.why}`)];
  const tokens = local2 ?? await localTokens2(provider, fx);
  const findings = [];
  const inUse = tokens.find((t) => t.inUse);
  if (inUse && inUse.token !== password) findings.push(envOverride(c, inUse));
  const recorded = tokens.find((t) => t.token === password)?.expires;
  const api = apiBase(remote, provider, config);
  const requests = "base" in api ? provider.tokenRequests?.(api.base, password, remote.repo) ?? [] : [];
  if (!o.network || "refuse" in api || !requests.length || !provider.interpretToken) {
    const why = !o.network ? notValidated(provider) : "refuse" in api ? unreachable("not asked", api.refuse) : provider.tokenRequests ? notValidated(provider, `${provider.label}'s API cannot describe this kind of token`) : void 0;
    const known = unconfirmed(c, credential, shape, recorded, fx.now());
    return [...findings, ...known, ...why && !known.some((f) => f.level === "error") ? [why] : []];
  }
  const base2 = api.base;
  const repo = remote.repo ? `${remote.repo.type ?? ""}:${remote.repo.namespace ?? ""}/${remote.repo.name}` : "";
  const key = cacheKey("token", VERSION, base2, sha256(password), repo, o.scope.reviewOnly ? "review" : "push");
  const cached = await fx.cache.get(key, config.cacheTtl);
  const routeTo = (url) => routeOf(remote, url, config.http, fx.env);
  const route = routeTo(requests[0].url);
  const check2 = cached?.kind === "ok" ? cached : await ask(provider, requests, remote, fx, o, routeTo);
  if ("error" in check2) return [...findings, ...unconfirmed(c, credential, shape, recorded, fx.now()), apiFailure(base2, check2, route)];
  if (check2.kind === "ok" && cached !== check2) await fx.cache.set(key, check2);
  if (check2.kind === "invalid" && shape.kind === "unknown") return [...findings, passwordNotToken(c, credential, `${base2} rejected it (401), and ${shape.why}`)];
  if (check2.kind === "invalid" && recorded !== void 0 && recorded <= fx.now()) return [...findings, tokenFinding({ kind: "expired", when: day2(recorded) }, c, base2)];
  const soon = check2.kind === "ok" ? expiring(c, check2.expires ?? recorded, fx.now(), check2.user) : void 0;
  return [...findings, tokenFinding(check2, c, base2), ...soon ? [soon] : []];
}
var day2 = (ms) => new Date(ms).toISOString().slice(0, 10);
function unconfirmed(c, credential, shape, recorded, now) {
  if (recorded !== void 0 && recorded <= now) return [tokenFinding({ kind: "expired", when: day2(recorded) }, c, "")];
  if (shape.kind === "unknown") return [unverified2(c, credential, shape.why)];
  const soon = expiring(c, recorded, now);
  return soon ? [soon] : [];
}
async function ask(provider, requests, remote, fx, o, routeTo) {
  const answers = await Promise.all(requests.map((r) => fx.httpGet(r.url, r.headers, o.deadline - fx.now(), routeTo(r.url))));
  const [first, ...rest] = answers;
  if ("error" in first) return first;
  return provider.interpretToken([first, ...rest.map((a) => "error" in a ? void 0 : a)], remote.repo, fx.now(), o.scope);
}
function aliasHosts(remote, config) {
  const provider = PROVIDERS[remote.provider];
  const hosts = new Set(provider.hosts);
  for (const [host, c] of Object.entries(config.hosts)) if (c.provider === remote.provider) hosts.add(host.replace(/:\d+$/, ""));
  const endpoint = config.endpoints[provider.name];
  const endpointName = endpoint ? endpointHost(endpoint) : void 0;
  if (endpointName) hosts.add(endpointName);
  hosts.delete(remote.host ?? "");
  return [...hosts];
}
async function aliasCredential(remote, config, fx) {
  for (const host of aliasHosts(remote, config)) {
    const url = `${origin({ ...remote, host })}${remote.path}`;
    if ((await gitCredential(url, fx, LOCAL_TIMEOUT_MS))?.password) return { host };
  }
  return void 0;
}

// hooks/https/fetch.ts
async function credentialOf(remote, config, fx) {
  const git2 = await gitCredential(remote.url, fx, LOCAL_TIMEOUT_MS);
  if (git2?.password) return { password: git2.password, source: "Git's credential helpers" };
  if (!bridgeServes(remote, config, fx.env)) return void 0;
  const local2 = (await PROVIDERS[remote.provider].localTokens?.(fx))?.find((t) => t.inUse && (t.expires === void 0 || t.expires > fx.now()));
  return local2 && { password: local2.token, source: `${local2.source}, through hf-hooks' credential helper` };
}
async function askFetch(remote, config, fx, o) {
  const provider = PROVIDERS[remote.provider];
  const repo = remote.repo;
  const token = o.token === null ? void 0 : o.token ?? await credentialOf(remote, config, fx);
  const api = apiBase(remote, provider, config);
  if ("refuse" in api || !o.network) return finding("fetch.unchecked", "info", `${"refuse" in api ? api.refuse : "Offline"}: not confirmed whether ${provider.label} lets ${repoPath(remote.path)} be read.`);
  const shape = token ? provider.tokenShape?.(token.password, fx.now()) : void 0;
  if (shape && shape.kind !== "token") return unverified2(guidance2(remote, config, fx, o), { password: token.password }, shape.why);
  const requests = provider.fetchRequests(api.base, token?.password, repo);
  const routeTo = (url) => routeOf(remote, url, config.http, fx.env);
  const answers = await Promise.all(requests.map((r) => fx.httpGet(r.url, r.headers, o.deadline - fx.now(), routeTo(r.url))));
  const [first, ...rest] = answers;
  if ("error" in first) return apiFailure(api.base, first, routeTo(requests[0].url), `whether ${repoPath(remote.path)} can be read`);
  return { check: provider.interpretFetch([first, ...rest.map((a) => "error" in a ? void 0 : a)], !!token), api: api.base, ...token && { source: token.source } };
}
var guidance2 = (remote, config, fx, o) => guidanceFor(remote, PROVIDERS[remote.provider], o.remoteName, storeContext(remote, config, fx.env));
async function checkFetch(remote, config, fx, o) {
  const provider = PROVIDERS[remote.provider];
  if (!provider.fetchRequests || !provider.interpretFetch || !remote.repo) return [];
  return [readFinding(await askFetch(remote, config, fx, o), remote, config, fx, o)];
}
function readFinding(read, remote, config, fx, o) {
  if ("id" in read) return read;
  return fetchFinding(read.check, guidance2(remote, config, fx, o), PROVIDERS[remote.provider], read.api, read.source, o.gitCanAsk);
}
function fetchFinding(check2, c, provider, api, source, canAsk) {
  const id = c.repo ? `${c.repo.namespace ? `${c.repo.namespace}/` : ""}${c.repo.name}` : c.hostPort;
  const page = c.repo && provider.repoPage?.(api, c.repo);
  const as = check2.kind !== "invalid" && check2.kind !== "unknown" && check2.kind !== "needs-login" && check2.user ? ` as ${check2.user}` : "";
  const login = provider.cli?.login;
  switch (check2.kind) {
    case "ok":
      return finding("fetch.ok", "ok", `${provider.label} lets ${id} be cloned and fetched${source ? as : " without a token"}.`);
    case "needs-login":
      return finding(
        "fetch.needs-login",
        canAsk ? "warn" : "error",
        `${id} cannot be read without a token: it is ${check2.gated ? "gated (its files are shared only with accounts that were granted access)" : "private, or does not exist (without a token the Hub does not say which)"}, and Git has none for ${c.hostPort}.
` + (check2.said ? `${provider.label} says: "${check2.said}"
` : "") + (canAsk ? 'Git will ask for a user name and password: paste an access token (the "read" role is enough) as the password.' : 'Nothing can ask for one here, so Git would stop at "Authentication failed" or "terminal prompts disabled".'),
        [
          ...login ? [`${login}    # with a token of an account that may read it ("read" is enough); hf-hooks hands it to Git`] : [],
          ...check2.gated && page ? [`Ask for access, logged in to the account: ${page}`] : [],
          ...provider.tokensPage ? [`Tokens: ${provider.tokensPage}`] : []
        ],
        provider.tokensPage
      );
    case "gated": {
      if (check2.tokenScope) {
        return finding(
          "fetch.token-scope",
          "error",
          `${id} is gated, and ${check2.tokenScope}, so it cannot read ${id} even where ${check2.user ?? "its account"} was granted access.
${provider.label} says: "${check2.said}"`,
          [`Edit the token and tick "Read access to contents of all public gated repos you can access": ${provider.tokensPage ?? "the token settings"}`, 'or use a token with the "read" role'],
          provider.tokensPage
        );
      }
      const why = {
        "not-requested": `${check2.user ?? "this account"} has not been granted access: nobody asked for it from this account.`,
        pending: `${check2.user ?? "this account"} asked for access, and the request is waiting for the repository's authors to review it.`,
        rejected: `the repository's authors refused ${check2.user ?? "this account"}'s request for access.`
      }[check2.state];
      const fix = {
        "not-requested": [`Ask for access, logged in as ${check2.user ?? "this account"}: ${page ?? `the page of ${id}`}    # some repos grant it at once, others after the authors review it`, "then fetch again"],
        pending: [`Wait for the authors; the page shows when access is granted: ${page ?? id}`, `or use a token of an account that already has access${login ? ` (${login})` : ""}`],
        rejected: [`Ask the repository's authors (their page: ${page ?? id})`, `or use a token of an account that has access${login ? ` (${login})` : ""}`]
      }[check2.state];
      return finding("fetch.gated", "error", `${id} is gated, and ${why}
${provider.label} says: "${check2.said}"`, fix, page);
    }
    case "not-found":
      return finding(
        "fetch.not-found",
        "error",
        `${provider.label} has no repository ${id} that ${check2.user ?? "this token's account"} can see: it does not exist, or it is private and ${check2.user ?? "that account"} is not its owner nor a member of its organization.
Git would say "Repository not found".${source ? ` The token comes from ${source}.` : ""}`,
        [
          "git remote -v    # check the name",
          ...login ? [`${login}    # with a token of the account that can see it`] : [],
          `Ask the owner to share it with ${check2.user ?? "your account"} (a member of the organization can read its private repos)`
        ]
      );
    case "invalid":
      return tokenFinding({ kind: "invalid" }, c, api);
    case "unknown":
      return finding("api.unreachable", "warn", `Could not learn from ${api} whether ${id} can be read: ${check2.detail}.
hf-hooks says nothing more; Git tries.`, []);
  }
}

// hooks/prompts.ts
var set = (v) => v !== void 0 && v !== "";
function sshCanAsk(env, terminal, batchMode) {
  if (batchMode) return false;
  if (terminal) return true;
  const require2 = env.SSH_ASKPASS_REQUIRE?.toLowerCase();
  if (!set(env.SSH_ASKPASS) || require2 === "never") return false;
  return require2 === "force" || set(env.DISPLAY) || set(env.WAYLAND_DISPLAY);
}
var FALSE3 = /* @__PURE__ */ new Set(["", "0", "false", "no", "off"]);
function askpassOf(env, coreAskPass) {
  const askpass = env.GIT_ASKPASS ?? coreAskPass ?? env.SSH_ASKPASS;
  return set(askpass) ? askpass : void 0;
}
function gitCanAsk(env, terminal, coreAskPass) {
  if (askpassOf(env, coreAskPass)) return true;
  const prompt = env.GIT_TERMINAL_PROMPT;
  return terminal && !(prompt !== void 0 && FALSE3.has(prompt.toLowerCase()));
}

// hooks/target.ts
function contextFor(config, fx, network = true) {
  const terminal = fx.terminal();
  return { config, network, deadline: fx.now() + config.timeoutMs, terminal, gitCanAsk: gitCanAsk(fx.env, terminal, config.askPass) };
}
function targetFor(input, config) {
  const parsed = classify(input.url, config);
  const base2 = { ...input.refs && { refs: input.refs }, ...input.credential && { credential: input.credential }, ...input.asked && { asked: input.asked } };
  if (input.remote && input.remote !== input.url) return { remote: input.remote, url: input.url, parsed, ...base2 };
  if ("error" in parsed) return { url: input.url, parsed, ...base2 };
  const match = findRemote(parsed, config);
  if (!match) return { url: input.url, parsed, ...base2 };
  return !repoPath(parsed.path) ? { remote: match.name, url: match.url, parsed: match.parsed, ...base2 } : { remote: match.name, url: input.url, parsed, ...base2 };
}
function findRemote(asked, config) {
  const wanted = repoPath(asked.path);
  for (const [name, urls] of Object.entries(config.remotes)) {
    for (const url of urls) {
      const c = classify(url, config);
      if ("error" in c || !sameServer(c, asked)) continue;
      if (!wanted || repoPath(c.path) === wanted) return { name, url, parsed: c };
    }
  }
  return void 0;
}

// hooks/ssh/config.ts
var STRICT = {
  yes: "yes",
  true: "yes",
  ask: "ask",
  "accept-new": "accept-new",
  no: "no",
  false: "no",
  off: "no"
};
function parseSshG(output, local2) {
  const values = /* @__PURE__ */ new Map();
  for (const line of output.split("\n")) {
    const m = /^(\S+)\s+(.*)$/.exec(line.trim());
    if (!m) continue;
    const key = m[1].toLowerCase();
    values.set(key, [...values.get(key) ?? [], m[2]]);
  }
  const one = (k) => values.get(k)?.[0];
  const config = {
    user: one("user") ?? local2.user,
    hostname: one("hostname") ?? "",
    port: Number(one("port") ?? 22),
    identityFiles: [],
    identitiesOnly: one("identitiesonly") === "yes",
    userKnownHostsFiles: (one("userknownhostsfile") ?? "").split(/\s+/).filter(Boolean),
    globalKnownHostsFiles: (one("globalknownhostsfile") ?? "").split(/\s+/).filter(Boolean),
    strictHostKeyChecking: STRICT[one("stricthostkeychecking") ?? "ask"] ?? "ask",
    batchMode: one("batchmode") === "yes"
  };
  const alias = one("hostkeyalias");
  if (alias && alias !== "none") config.hostKeyAlias = alias;
  const agent = one("identityagent");
  if (agent && agent !== "none") config.identityAgent = agent;
  config.identityFiles = (values.get("identityfile") ?? []).map((f) => expandTokens(f, config, local2));
  return config;
}
function expandTokens(path, c, local2) {
  const withHome = path === "~" || path.startsWith("~/") ? local2.home + path.slice(1) : path;
  const tokens = { "%": "%", d: local2.home, u: local2.user, h: c.hostname, r: c.user, p: String(c.port) };
  return withHome.replace(/%(.)/g, (all, t) => tokens[t] ?? all);
}
var knownHostsName = (host, port) => port === 22 ? host : `[${host}]:${port}`;
var knownHostsEntry = (c) => c.hostKeyAlias ?? knownHostsName(c.hostname, c.port);

// hooks/ssh/probe.ts
var UNREACHABLE = /(Could not resolve hostname[^\n]*|Connection refused|Connection timed out|Operation timed out|Network is unreachable|No route to host|Connection reset[^\n]*|Connection closed by[^\n]*|kex_exchange_identification[^\n]*|banner exchange[^\n]*)/;
function parseProbe(r, provider, timeoutMs) {
  if (r.timedOut) return { kind: "unreachable", detail: `no answer within ${timeoutMs} ms` };
  const greeting = provider.greeting?.(r.output);
  if (greeting && "user" in greeting) return { kind: "ok", user: greeting.user };
  if (greeting) return { kind: "not-registered", said: greeting.said };
  if (/REMOTE HOST IDENTIFICATION HAS CHANGED/.test(r.output)) return { kind: "host-changed" };
  if (/Host key verification failed/.test(r.output)) return { kind: "host-unknown" };
  if (/Permission denied \(/.test(r.output)) return { kind: "not-registered", said: firstLine(r.output, /Permission denied \([^)]*\)/) };
  const unreachable2 = UNREACHABLE.exec(r.output);
  if (unreachable2) return { kind: "unreachable", detail: unreachable2[1].trim() };
  return { kind: "unreachable", detail: `an answer hf-hooks does not recognise (exit ${r.code}): ${firstLine(r.output, /\S[^\n]*/) || "nothing"}` };
}
var firstLine = (text, pattern) => pattern.exec(text)?.[0].trim() ?? "";
var sshUser = (f) => f.id === "ssh.ok" ? / authenticates as (\S+)\.$/.exec(f.message)?.[1] : void 0;
function probeFinding(p, c) {
  const label = c.provider.label;
  switch (p.kind) {
    case "ok":
      return finding("ssh.ok", "ok", `SSH to ${c.destination} authenticates as ${p.user}.`);
    case "not-registered":
      if (c.lockedKeys?.length) return c.canAsk ? keyUnconfirmed(c, c.lockedKeys, p.said) : lockedRefused(c, c.lockedKeys, p.said);
      return finding(
        "ssh.key-not-registered",
        "error",
        `${c.destination} does not know your SSH key: it answered "${p.said}".
The key works locally, but it was never added to a ${label} account, so the push would be refused.`,
        [
          ...c.publicKeys.length ? c.publicKeys.map((k) => `cat '${k}'    # copy this public key`) : ["ssh-add -L    # the public keys your agent offers"],
          `Add it to your account${c.provider.keysPage ? `: ${c.provider.keysPage}` : ""}`,
          `${c.testCommand}    # should now greet you by name`,
          ...c.httpsUrl ? [`Or push over HTTPS with an access token instead: ${setUrl(c.remoteName, c.httpsUrl)}`] : []
        ],
        c.provider.keysPage
      );
    case "host-unknown":
      return hostUnknown(c);
    case "host-changed":
      return finding(
        "ssh.host-key-changed",
        "error",
        `The host key of ${c.host} is not the one in ${c.knownHostsFile}.
Either the server rotated its key or someone is intercepting the connection; ssh refuses to continue.`,
        [
          ...c.provider.hostKeysPage ? [`Compare with the published fingerprints: ${c.provider.hostKeysPage}`] : [],
          `ssh-keygen -R '${knownHostsName(c.host, c.port)}' -f '${c.knownHostsFile}'    # only once you trust the new key`
        ],
        c.provider.hostKeysPage
      );
    case "unreachable":
      return finding(
        "ssh.unreachable",
        "warn",
        `Could not reach ${c.destination} over SSH to confirm your key: ${p.detail}.
hf-hooks cannot tell whether the push will authenticate, so it lets Git try.`,
        [`${c.testCommand}    # try it by hand`]
      );
  }
}
function keyUnconfirmed(c, locked, said) {
  return finding(
    "ssh.key-unconfirmed",
    "warn",
    `${c.destination} does not know the keys hf-hooks could try (it answered "${said}"); ${locked.join(", ")} needs a passphrase, so it was not tried.
ssh will ask for that passphrase during the push; if that key is on your account, the push works.`,
    [...locked.map((k) => `ssh-add '${k}' && ${c.testCommand}    # unlock it once, then confirm it greets you by name`)],
    c.provider.keysPage
  );
}
function lockedRefused(c, locked, said) {
  return finding(
    "ssh.key-locked",
    "error",
    `${c.destination} refused the keys ssh could offer (it answered "${said}"); ${locked.join(", ")} ${locked.length > 1 ? "need" : "needs"} a passphrase, and nothing can ask for it here (no terminal, no askpass), so ssh could not offer ${locked.length > 1 ? "them" : "it"}.
If that key is on your account, unlocking it once makes the push work.`,
    [
      ...locked.map((k) => `ssh-add '${k}'    # asks for the passphrase once`),
      `${c.testCommand}    # should then greet you by name`,
      `If it still answers "${said}", add the public key to your account${c.provider.keysPage ? `: ${c.provider.keysPage}` : ""}`,
      ...c.httpsUrl ? [`Or push over HTTPS with an access token instead: ${setUrl(c.remoteName, c.httpsUrl)}`] : []
    ],
    c.provider.keysPage
  );
}
function hostWillAsk(c) {
  const official = c.port === 22 && (c.provider.sshHost === c.host || c.provider.hosts.includes(c.host));
  const compare = official && c.provider.hostKeyFingerprints?.length ? `: it should be one of ${c.provider.hostKeyFingerprints.join(", ")}` : c.provider.hostKeysPage ? `: compare its fingerprint with ${c.provider.hostKeysPage}` : "";
  return finding(
    "ssh.host-unknown",
    "info",
    `ssh will ask whether to trust ${c.host}${c.port === 22 ? "" : ` (port ${c.port})`}, which is not in your known_hosts${compare}.`,
    [],
    c.provider.hostKeysPage
  );
}
var testCommand = (destination, port) => `ssh -T ${port === 22 ? "" : `-p ${port} `}${destination}`;
function hostUnknown(c) {
  return finding(
    "ssh.host-unknown",
    "error",
    `${c.host}${c.port === 22 ? "" : ` (port ${c.port})`} is not in your known_hosts, and ssh is set to refuse unknown hosts.
ssh cannot ask you to accept the host key here (StrictHostKeyChecking yes, BatchMode, or no terminal and no askpass): the push would stop at "Host key verification failed".`,
    [
      ...c.provider.hostKeysPage ? [`Check the fingerprints ${c.provider.label} publishes: ${c.provider.hostKeysPage}`] : [],
      `ssh-keyscan -p ${c.port} ${c.host} >> '${c.knownHostsFile}'    # then compare: ssh-keygen -lf '${c.knownHostsFile}'`,
      `or once, interactively: ${testCommand(c.destination, c.port).replace("ssh -T", "ssh -o StrictHostKeyChecking=accept-new -T")}`
    ],
    c.provider.hostKeysPage
  );
}

// hooks/ssh/fetch.ts
async function fetchOverSsh(p, found, fx, ctx) {
  const provider = PROVIDERS[p.provider];
  if (!provider.fetchRequests || !p.repo || found.some((f) => f.level === "error" && f.id !== "ssh.key-not-registered")) return found;
  const anonymous = found.find((f) => f.id === "ssh.key-not-registered");
  const user = found.map(sshUser).find(Boolean);
  if (!anonymous && !user) return found;
  const rest = found.filter((f) => f !== anonymous);
  const o = { network: ctx.network, deadline: ctx.deadline, gitCanAsk: false };
  const local2 = user ? (await provider.localTokens?.(fx))?.find((t) => t.inUse) : void 0;
  if (local2) {
    const mine = await askFetch(p, ctx.config, fx, { ...o, token: { password: local2.token, source: local2.source } });
    if (!("id" in mine) && "user" in mine.check && mine.check.user === user) return [...rest, readFinding(mine, p, ctx.config, fx, o)];
  }
  const open = await askFetch(p, ctx.config, fx, { ...o, token: null });
  if ("id" in open) return [...found, open];
  const said = anonymous?.message.split("\n")[0];
  if (open.check.kind === "ok") {
    return anonymous ? [...rest, finding("fetch.ssh-anonymous", "warn", `${said}
It answers such a key as "anonymous", who can read public repositories like this one, and push to none.`, anonymous.fix, anonymous.docs)] : [...rest, readFinding(open, p, ctx.config, fx, o)];
  }
  if (open.check.kind !== "needs-login") return [...found, readFinding(open, p, ctx.config, fx, o)];
  const what = `${repoPath(p.path)} is ${open.check.gated ? "gated" : "private, or does not exist"}`;
  return anonymous ? [...rest, finding("fetch.ssh-anonymous", "error", `${said}
So it answers as "anonymous", and ${what}: anonymous cannot read it.`, anonymous.fix, anonymous.docs)] : [...rest, finding("fetch.unconfirmed", "info", `${what}: whether ${user} may read it cannot be asked over SSH.${provider.cli?.login ? `
After \`${provider.cli.login}\` with a token of ${user}, \`hf-hooks doctor --fetch\` can tell.` : ""}`)];
}

// hooks/ssh/check.ts
import { join as join5 } from "node:path";

// hooks/ssh/keys.ts
import { createHash as createHash2 } from "node:crypto";
function parseAgentList(code, stdout) {
  if (code === 0) return { state: "keys", fingerprints: [...stdout.matchAll(/\b(SHA256:[A-Za-z0-9+/]+)/g)].map((m) => m[1]) };
  return { state: code === 1 ? "empty" : "none", fingerprints: [] };
}
function fingerprintOf(publicKeyLine) {
  const blob = publicKeyLine.trim().split(/\s+/)[1];
  if (!blob || !/^[A-Za-z0-9+/]+=*$/.test(blob)) return void 0;
  return `SHA256:${createHash2("sha256").update(Buffer.from(blob, "base64")).digest("base64").replace(/=+$/, "")}`;
}
function usableFingerprints(keys, agent, identitiesOnly) {
  const fromFiles = keys.filter((k) => k.state === "usable").map((k) => k.fingerprint ?? k.path);
  const fileFingerprints = new Set(keys.map((k) => "fingerprint" in k ? k.fingerprint : void 0).filter(Boolean));
  const fromAgent = identitiesOnly ? agent.fingerprints.filter((f) => fileFingerprints.has(f)) : agent.fingerprints;
  return [.../* @__PURE__ */ new Set([...fromAgent, ...fromFiles])].sort();
}
function judgeKeys(keys, agent, c) {
  const usable = usableFingerprints(keys, agent, c.identitiesOnly);
  const tooOpen = keys.filter((k) => k.state === "too-open");
  if (usable.length) {
    return tooOpen.length ? [permissions(tooOpen, "warn", c)] : [];
  }
  if (tooOpen.length) return [permissions(tooOpen, "error", c)];
  const locked = keys.filter((k) => k.state === "locked");
  if (locked.length) return [lockedKeys(locked.map((k) => k.path), agent, c)];
  return [noKey(keys, agent, c)];
}
var httpsAlternative = (c) => c.httpsUrl ? [`Or push over HTTPS with an access token instead: ${setUrl(c.remoteName, c.httpsUrl)}`] : [];
function permissions(keys, level, c) {
  const list = keys.map((k) => `${k.path} (mode ${k.mode.toString(8).padStart(3, "0")})`).join(", ");
  return finding(
    "ssh.key-permissions",
    level,
    `ssh will not use ${keys.length > 1 ? "these private keys" : "the private key"} ${list}: other users can read ${keys.length > 1 ? "them" : "it"}.
` + (level === "error" ? "It is the only key ssh could offer, so the push cannot authenticate." : 'ssh skips it with an "UNPROTECTED PRIVATE KEY FILE" warning and tries your other keys.'),
    keys.map((k) => `chmod 600 '${k.path}'`),
    c.provider.keysPage
  );
}
function lockedKeys(paths, agent, c) {
  const why = agent.state === "none" ? "no ssh-agent is running" : "the ssh-agent does not hold it";
  if (c.canAsk) {
    return finding(
      "ssh.key-locked",
      "info",
      `ssh will ask for the passphrase of ${paths.join(", ")} (${why}).`,
      paths.map((p) => `ssh-add '${p}'    # once, to stop being asked`)
    );
  }
  return finding(
    "ssh.key-locked",
    "error",
    `The only SSH key${paths.length > 1 ? "s" : ""} for ${c.destination} (${paths.join(", ")}) ${paths.length > 1 ? "need" : "needs"} a passphrase, and ${why}.
Nothing can ask for it here (no terminal, no askpass), so ssh cannot use the key and the push would fail.`,
    [
      ...agent.state === "none" ? ['eval "$(ssh-agent -s)"    # start an agent in this shell'] : [],
      ...paths.map((p) => `ssh-add '${p}'    # asks for the passphrase once`),
      'To load it automatically next time, add "AddKeysToAgent yes" under "Host *" in ~/.ssh/config',
      ...httpsAlternative(c)
    ],
    c.provider.keysPage
  );
}
function noKey(keys, agent, c) {
  const looked = keys.length ? keys.map((k) => describeKey(k)).join("; ") : "none configured";
  const agentSays = agent.state === "none" ? "no ssh-agent is running" : "the ssh-agent holds no keys";
  const comment = c.email ?? "$(whoami)@$(hostname)";
  return finding(
    "ssh.no-key",
    "error",
    `ssh has no key to offer ${c.destination}: ${agentSays}, and no usable identity file exists.
Looked at: ${looked}.`,
    [
      `ssh-keygen -t ed25519 -C "${comment}" -f '${c.suggestedKey}'`,
      `Add the public key (${c.suggestedKey}.pub) to your account${c.provider.keysPage ? `: ${c.provider.keysPage}` : ""}`,
      `${c.testCommand}    # should greet you by name`,
      ...httpsAlternative(c)
    ],
    c.provider.keysPage
  );
}
function describeKey(k) {
  switch (k.state) {
    case "missing":
      return `${k.path} (does not exist)`;
    case "not-a-file":
      return `${k.path} (is a ${k.what}, not a key file)`;
    case "invalid":
      return `${k.path} (not a private key: ${k.detail})`;
    default:
      return k.path;
  }
}

// hooks/ssh/check.ts
async function resolveConfig(t, cmd, fx) {
  const [file, args] = invocation(cmd, [...portArgs(t), "-G", destOf(t)]);
  const g = await fx.run(file, args, { timeoutMs: LOCAL_TIMEOUT_MS, env: fx.env });
  return g.code === 0 ? parseSshG(g.stdout, fx.account) : sshUnusable(cmd, g.code, g.stderr);
}
var destOf = (t) => t.user ? `${t.user}@${t.host}` : t.host;
var portArgs = (t) => t.port ? ["-p", String(t.port)] : [];
function probeContext(t, cfg, config, fx, publicKeys) {
  const destination = `${cfg.user}@${t.host}`;
  return {
    remoteName: t.remoteName,
    destination,
    testCommand: testCommand(destination, cfg.port),
    provider: PROVIDERS[t.provider],
    httpsUrl: httpsAlternative2(t, PROVIDERS[t.provider], config),
    host: t.host,
    port: cfg.port,
    publicKeys,
    knownHostsFile: cfg.userKnownHostsFiles[0] ?? join5(fx.account.home, ".ssh", "known_hosts")
  };
}
async function local(t, cmd, config, fx, terminal) {
  const cfg = await resolveConfig(t, cmd, fx);
  if ("id" in cfg) return cfg;
  const [agent, keys, known] = await Promise.all([readAgent(cfg, fx), Promise.all(cfg.identityFiles.map((f) => inspectKey(f, fx))), isKnownHost(cfg, fx)]);
  const canAsk = sshCanAsk(fx.env, terminal, cfg.batchMode);
  const locked = keys.filter((k) => k.state === "locked").map((k) => k.path);
  const c = { ...probeContext(t, cfg, config, fx, keys.filter((k) => k.state === "usable" || k.state === "locked").map((k) => `${k.path}.pub`)), lockedKeys: locked, canAsk };
  const findings = judgeKeys(keys, agent, {
    remoteName: t.remoteName,
    destination: c.destination,
    testCommand: c.testCommand,
    provider: c.provider,
    identitiesOnly: cfg.identitiesOnly,
    email: config.email,
    suggestedKey: cfg.identityFiles.find((f) => f.endsWith("id_ed25519")) ?? join5(fx.account.home, ".ssh", "id_ed25519"),
    httpsUrl: c.httpsUrl,
    canAsk
  });
  const askHost = known === false && cfg.strictHostKeyChecking === "ask" && canAsk;
  if (known === false && (cfg.strictHostKeyChecking === "yes" || cfg.strictHostKeyChecking === "ask" && !canAsk)) findings.push(hostUnknown(c));
  if (askHost) findings.push(hostWillAsk(c));
  return { cfg, keys, agent, c, askHost, findings };
}
async function checkSsh(t, cmd, config, fx, o) {
  const l = await local(t, cmd, config, fx, o.terminal);
  if ("id" in l) return [l];
  const { cfg, c, findings } = l;
  if (!c.provider.greeting || findings.some((f) => f.level === "error")) return findings;
  const fingerprints = usableFingerprints(l.keys, l.agent, cfg.identitiesOnly);
  if (!fingerprints.length) return findings;
  if (!o.probe) {
    return [...findings, finding("ssh.not-probed", "info", `Offline: not confirmed whether ${c.destination} knows your key (${c.testCommand} would tell).`)];
  }
  const key = cacheKey("ssh", VERSION, describeCommand(cmd), cfg.user, cfg.hostname, cfg.port, ...fingerprints);
  const cached = await fx.cache.get(key, config.cacheTtl);
  if (typeof cached?.user === "string") return [...findings, probeFinding({ kind: "ok", user: cached.user }, c)];
  const result = await probe(cmd, [...portArgs(t), destOf(t)], cfg, fx, { deadline: o.deadline, provider: c.provider, acceptNew: l.askHost });
  if (result.kind === "ok") await fx.cache.set(key, { user: result.user });
  return [...findings, probeFinding(result, c)];
}
async function explainRefusal(t, cmd, stderr, config, fx, terminal) {
  const result = parseProbe({ code: 1, output: stderr, timedOut: false }, PROVIDERS[t.provider], 0);
  if (result.kind === "ok" || result.kind === "unreachable") return void 0;
  const l = await local(t, cmd, config, fx, terminal);
  if ("id" in l) return void 0;
  const keyError = result.kind === "not-registered" ? l.findings.find((f) => f.level === "error" && f.id !== "ssh.host-unknown") : void 0;
  return keyError ?? probeFinding(result, l.c);
}
function httpsAlternative2(t, provider, config) {
  const path = repoPath(t.path ?? "");
  if (!path) return void 0;
  if (provider.hosts.includes(t.host)) return `https://${provider.hosts[0]}/${path}`;
  const endpoint = config.endpoints[provider.name];
  return endpoint ? `${endpoint}/${path}` : void 0;
}
function sshUnusable(cmd, code, stderr) {
  const name = describeCommand(cmd);
  if (code === 127 || /not found|No such file/.test(stderr)) {
    return finding(
      "ssh.not-found",
      "error",
      `Git would run "${name}" for this SSH remote, and it is not installed or not on PATH.
Without an ssh client Git cannot connect at all.`,
      ["Install OpenSSH (Debian/Ubuntu: sudo apt-get install openssh-client; macOS and Windows ship it)", "or check core.sshCommand / GIT_SSH_COMMAND / GIT_SSH: git config --show-origin core.sshCommand"]
    );
  }
  return finding(
    "ssh.unchecked",
    "warn",
    `Could not read the SSH configuration ("${name} -G" failed: ${stderr.trim().split("\n")[0] || `exit ${code}`}).
hf-hooks checks keys only for OpenSSH, so it lets Git try.`,
    []
  );
}
async function readAgent(cfg, fx) {
  const sock = cfg.identityAgent && cfg.identityAgent !== "SSH_AUTH_SOCK" ? cfg.identityAgent.replace(/^~/, fx.account.home) : void 0;
  const env = sock ? { ...fx.env, SSH_AUTH_SOCK: sock } : fx.env;
  const r = await fx.run("ssh-add", ["-l"], { timeoutMs: LOCAL_TIMEOUT_MS, env });
  return parseAgentList(r.code, r.stdout);
}
async function inspectKey(path, fx) {
  const st = await fx.stat(path);
  if (!st) return { path, state: "missing" };
  if (st.kind !== "file") return { path, state: "not-a-file", what: st.kind === "dir" ? "directory" : "special file" };
  const pub = await fx.readText(`${path}.pub`);
  const pubFingerprint = pub ? fingerprintOf(pub) : void 0;
  if (st.mode & 63) return { path, state: "too-open", mode: st.mode & 511, fingerprint: pubFingerprint };
  const r = await fx.run("ssh-keygen", ["-y", "-P", "", "-f", path], { timeoutMs: LOCAL_TIMEOUT_MS, env: fx.env });
  if (r.code === 0) return { path, state: "usable", fingerprint: fingerprintOf(r.stdout) ?? pubFingerprint };
  if (/passphrase/i.test(r.stderr)) return { path, state: "locked", fingerprint: pubFingerprint };
  if (r.code === 127) return { path, state: "usable", fingerprint: pubFingerprint };
  return { path, state: "invalid", detail: r.stderr.trim().split("\n").pop()?.replace(/^Load key "[^"]*": /, "") || `exit ${r.code}` };
}
async function isKnownHost(cfg, fx) {
  const name = knownHostsEntry(cfg);
  const files = [...cfg.userKnownHostsFiles, ...cfg.globalKnownHostsFiles].filter((f) => f !== "/dev/null");
  const present = (await Promise.all(files.map(async (f) => (await fx.stat(f))?.kind === "file" ? f : void 0))).filter((f) => !!f);
  const results = await Promise.all(present.map((f) => fx.run("ssh-keygen", ["-F", name, "-f", f], { timeoutMs: LOCAL_TIMEOUT_MS, env: fx.env })));
  if (results.some((r) => r.code === 0 && r.stdout.trim())) return true;
  return results.every((r) => r.code === 1 || r.code === 0 && !r.stdout.trim()) ? false : void 0;
}
async function probe(cmd, destArgs, cfg, fx, o) {
  const { provider } = o;
  const remaining = o.deadline - fx.now();
  if (remaining <= 0) return parseProbe({ code: 255, output: "", timedOut: true }, provider, 0);
  return fx.withScratchDir(async (scratch) => {
    const knownHosts = [join5(scratch, "known_hosts"), ...cfg.userKnownHostsFiles].map((f) => `"${f}"`).join(" ");
    const [file, args] = invocation(cmd, [
      "-T",
      "-o",
      "BatchMode=yes",
      "-o",
      `ConnectTimeout=${Math.max(1, Math.ceil(remaining / 1e3))}`,
      "-o",
      `UserKnownHostsFile=${knownHosts}`,
      "-o",
      "UpdateHostKeys=no",
      // A host ssh will ask the user about: the probe takes its key into the scratch file only.
      ...o.acceptNew ? ["-o", "StrictHostKeyChecking=accept-new"] : [],
      ...destArgs
    ]);
    const r = await fx.run(file, args, { timeoutMs: remaining, env: fx.env });
    return parseProbe({ code: r.code, output: `${r.stdout}
${r.stderr}`, timedOut: r.timedOut }, provider, remaining);
  });
}
function bypassed(env, coreSshCommand) {
  if (!env.GIT_SSH_COMMAND || !coreSshCommand || !unwrap(coreSshCommand, isWrapperPath)) return void 0;
  return finding(
    "ssh.bypassed",
    "warn",
    "GIT_SSH_COMMAND is set in your environment, so Git ignores core.sshCommand and the SSH check never runs before a push.\nA missing or unregistered key will only show up as a failed push.",
    [
      `git config core.sshCommand ${shQuote(env.GIT_SSH_COMMAND)} && unset GIT_SSH_COMMAND    # keep the same ssh, let Git find it in config`,
      "npx hf-hooks install    # then wraps it"
    ]
  );
}

// hooks/url-checks.ts
function checkUrl(remoteName, remote, config, env) {
  if ("error" in remote) return [unusable(remoteName, remote)];
  const ci = env.CI !== void 0 && !["", "0", "false"].includes(env.CI.toLowerCase());
  return [ci ? void 0 : embeddedCredential(remoteName, remote, storeContext(remote, config, env)), insecureHttp(remoteName, remote), readOnlyProtocol(remoteName, remote)].filter((f) => f !== void 0);
}
var pushUrlOf = (remoteName) => remoteName ? `The push URL of '${remoteName}'` : "The push URL";
function unusable(remoteName, problem) {
  const hub = PROVIDERS.huggingface;
  const id = problem.unsupported ? "url.unsupported" : "url.malformed";
  return finding(
    id,
    "warn",
    `${pushUrlOf(remoteName)} cannot be checked: ${problem.error}.
hf-hooks cannot tell whether a push there will authenticate, so it lets Git try.`,
    [
      "git remote -v    # see the URL as Git has it",
      ...remoteName ? [`git remote set-url ${remoteName} https://${hub.hosts[0]}/<namespace>/<repo>    # or git@${hub.sshHost}:<namespace>/<repo>`] : []
    ]
  );
}
var looksLikeToken = (text) => ALL_TOKEN_PATTERNS.some((p) => new RegExp(p.source).test(text));
function embeddedCredential(remoteName, remote, store) {
  if (remote.password === void 0 && !(remote.user && looksLikeToken(remote.user))) return void 0;
  const provider = PROVIDERS[remote.provider];
  return finding(
    "url.embedded-credential",
    "warn",
    `${pushUrlOf(remoteName)} has a password or token written into it (${remote.url}).
Git keeps it in plain text in .git/config and shows it in errors, logs and \`git remote -v\`.`,
    [
      setUrl(remoteName, withoutUserinfo(remote.url)),
      ...provider.storeToken(store),
      ...provider.tokensPage ? [`If this config was ever shared or committed, revoke the token at ${provider.tokensPage}`] : []
    ],
    provider.tokensPage
  );
}
function insecureHttp(remoteName, remote) {
  if (remote.transport !== "http" || isLoopback(remote.host)) return void 0;
  return finding(
    "url.insecure-http",
    "warn",
    `${pushUrlOf(remoteName)} uses http://, so your credentials cross the network unencrypted.
Anyone on the path can read the token and push as you.`,
    [setUrl(remoteName, withoutUserinfo(remote.url).replace(/^http:/i, "https:"))]
  );
}
function readOnlyProtocol(remoteName, remote) {
  if (remote.transport !== "git") return void 0;
  const path = repoPath(remote.path);
  const sshHost = sshHostFor(PROVIDERS[remote.provider], remote.host ?? "");
  return finding(
    "url.read-only-protocol",
    "error",
    `${pushUrlOf(remoteName)} uses git://, which is read-only.
The git:// protocol has no authentication, so every server refuses a push over it.`,
    [
      `${setUrl(remoteName, `https://${remote.host}/${path}`, { push: true })}    # HTTPS with an access token`,
      `${setUrl(remoteName, `git@${sshHost}:${path}`, { push: true })}    # or SSH with a registered key`
    ]
  );
}

// hooks/engine.ts
async function loadConfig(fx) {
  const read = (args) => fx.run("git", args, { env: fx.env, timeoutMs: LOCAL_TIMEOUT_MS });
  const r = await read(CONFIG_ARGS);
  return configFromGit(r.code === 129 ? await read(CONFIG_ARGS.filter((a) => a !== "--show-scope")) : r, fx.env);
}
var URL_PHASES = /* @__PURE__ */ new Set(["pre-push", "doctor"]);
async function check(t, phase, fx, ctx) {
  const fetching = ctx.op === "fetch";
  const findings = URL_PHASES.has(phase) && !fetching ? checkUrl(t.remote, t.parsed, ctx.config, fx.env) : [];
  const p = t.parsed;
  if ("error" in p || !p.host || findings.some((f) => f.level === "error")) return { report: reportOf(t, findings) };
  const early = phase === "doctor" && !fetching ? contentOf(t, p, phase, fx, ctx) : void 0;
  const found = p.transport === "ssh" ? { findings: await ssh(t, p, phase, fx, ctx) } : p.transport === "https" || p.transport === "http" ? await https(t, p, phase, fx, ctx) : { findings: [] };
  const before = [...findings, ...found.findings];
  const content = verdictOf(before) === "blocked" || fetching ? (await early, []) : await (early ?? contentOf(t, p, phase, fx, ctx));
  const report = reportOf(t, [...before, ...content], found.route);
  const ready = phase === "pre-push" && report.verdict === "ready" && !scopeOf(t, p).reviewOnly ? found.readyKey?.(t.url) : void 0;
  return ready ? { report, readyKey: ready } : { report };
}
async function contentOf(t, p, phase, fx, ctx) {
  const refs = phase === "pre-push" ? t.refs : phase === "doctor" && ctx.config.contentGuard ? await branchPush(t.remote, fx, ctx.pushRef) : void 0;
  if (!refs?.length) return [];
  return checkContent({ remote: p, remoteName: t.remote, refs, config: ctx.config, network: ctx.network, deadline: ctx.deadline }, fx);
}
var PUSH_ONLY = /* @__PURE__ */ new Set(["token.read-only", "token.no-write-access", "repo.not-found", "token.sso-required"]);
async function https(t, p, phase, fx, ctx) {
  const o = { network: ctx.network, deadline: ctx.deadline, remoteName: t.remote, gitCanAsk: ctx.gitCanAsk, scope: scopeOf(t, p), rejected: phase === "credential-erase" };
  if (ctx.op === "fetch") {
    switch (phase) {
      case "credential-get":
        return { findings: await credentialGet(t, p, ctx, fx, o) };
      case "credential-erase":
        return { findings: (await diagnoseCredential(p, t.credential ?? {}, ctx.config, fx, o)).filter((f) => !PUSH_ONLY.has(f.id)) };
      default:
        return { findings: await checkFetch(p, ctx.config, fx, o) };
    }
  }
  switch (phase) {
    case "ssh-connect":
      return { findings: [] };
    case "credential-get":
      return { findings: await credentialGet(t, p, ctx, fx, o) };
    case "credential-erase":
      return { findings: await diagnoseCredential(p, t.credential ?? {}, ctx.config, fx, o) };
    case "doctor": {
      if (!PROVIDERS[p.provider].tokenShape) return checkHttps(p, ctx.config, fx, o);
      const [helpers, found] = await Promise.all([helpersAsked(p.url, fx, LOCAL_TIMEOUT_MS), checkHttps(p, ctx.config, fx, o)]);
      const api = apiBase(p, PROVIDERS[p.provider], ctx.config);
      const route = "base" in api ? routeOf(p, api.base, ctx.config.http, fx.env) : void 0;
      const shown = route && routeFinding(p.url, route);
      return { ...found, findings: [...found.findings, ...shown ? [shown] : [], helperOrder(p, helpers)], ...route && { route: routeShown(route) } };
    }
    default:
      return checkHttps(p, ctx.config, fx, o);
  }
}
function scopeOf(t, p) {
  const review = PROVIDERS[p.provider].reviewRef;
  const updates = (t.refs ?? []).filter((r) => !r.deletion);
  return { reviewOnly: !!review && updates.length > 0 && updates.every((r) => review.test(r.remoteRef)) };
}
async function credentialGet(t, p, ctx, fx, o) {
  if (await gitCredential(t.asked ?? t.url, fx, LOCAL_TIMEOUT_MS)) return [];
  return [await missingCredential(p, ctx.config, fx, o)];
}
async function ssh(t, p, phase, fx, ctx) {
  if (phase === "credential-get" || phase === "credential-erase") return [];
  const inWrapper = phase === "ssh-connect";
  const cmd = inWrapper ? wrappedSsh(fx.env) : effectiveSsh(fx.env, ctx.config.sshCommand);
  const skipped = inWrapper ? void 0 : bypassed(fx.env, ctx.config.sshCommand);
  const found = await checkSsh(sshTargetOf(t, p), cmd, ctx.config, fx, { probe: ctx.network, deadline: ctx.deadline, terminal: ctx.terminal });
  const read = ctx.op === "fetch" ? await fetchOverSsh(p, found, fx, ctx) : found;
  return skipped ? [skipped, ...read] : read;
}
async function explainRefusal2(t, shown, stderr, fx, ctx) {
  const p = t.parsed;
  if ("error" in p || !p.host || p.transport !== "ssh") return void 0;
  const f = await explainRefusal(sshTargetOf(t, p), wrappedSsh(fx.env), stderr, ctx.config, fx, ctx.terminal);
  if (!f || shown.findings.some((s) => s.id === f.id)) return void 0;
  return reportOf(t, [f]);
}
var sshTargetOf = (t, p) => ({ remoteName: t.remote, user: p.user, host: p.host, port: p.port, provider: p.provider, path: p.path });
function reportOf(t, findings, route) {
  const p = "error" in t.parsed ? void 0 : t.parsed;
  return {
    remote: t.remote ?? t.url,
    url: t.url,
    ...p && { transport: p.transport, provider: p.provider, ...p.repo && { repo: p.repo } },
    verdict: verdictOf(findings),
    findings,
    ...route && { route }
  };
}

// hooks/render.ts
function internalError(where, then, error, env) {
  const e = error;
  const detail = env.HF_HOOKS_DEBUG === "1" ? e?.stack ?? String(error) : e?.message ?? String(error);
  const report = env.HF_HOOKS_DEBUG === "1" ? "report it with this output" : "HF_HOOKS_DEBUG=1 shows the stack to report";
  return mask(`hf-hooks: internal error in ${where}, ${then}: ${detail} (a bug in hf-hooks; ${report})
`);
}
function wantsColor(isTTY, env) {
  return Boolean(isTTY) && !("NO_COLOR" in env && env.NO_COLOR !== "") && env.TERM !== "dumb";
}
var LABEL = {
  error: ["error", 31],
  warn: ["warning", 33],
  info: ["note", 36],
  ok: ["ok", 32]
};
var HEADLINE = {
  blocked: "push blocked",
  unknown: "could not confirm this push will authenticate; letting Git try",
  warn: "push allowed, with a warning",
  ready: "ready to push"
};
var ESCAPE = {
  "pre-push": "Nothing was sent. To push anyway: git push --no-verify (skips this hook), or HF_HOOKS=0 git push (skips every hf-hooks check).",
  ssh: "Nothing was sent: Git had not connected yet. To try anyway: HF_HOOKS=0 git push (skips every hf-hooks check).",
  credential: "hf-hooks stopped Git before it asked for a password; nothing was sent. To let Git ask anyway: HF_HOOKS=0 git push",
  doctor: "The next push to this remote will be stopped until this is fixed (or bypassed with HF_HOOKS=0 git push).",
  status: "",
  explain: "",
  notice: ""
};
var HEADLINE_FETCH = {
  blocked: "this clone or fetch will fail",
  unknown: "could not confirm a clone or fetch will be let in",
  warn: "a clone or fetch may fail",
  ready: "ready to clone and fetch"
};
var ESCAPE_FETCH = {
  "pre-push": "",
  ssh: "",
  credential: "hf-hooks stopped Git before it asked for a password it could not use. To let Git ask anyway: HF_HOOKS=0 git fetch",
  doctor: "A clone or fetch of this URL will fail until this is fixed; hf-hooks never stops one, it only says why.",
  status: "",
  explain: "",
  notice: ""
};
var MAX_SHOWN = 200;
function printable(text) {
  const escaped = mask(text).replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1));
  return escaped.length <= MAX_SHOWN ? escaped : `${escaped.slice(0, MAX_SHOWN)}... (${escaped.length - MAX_SHOWN} more characters)`;
}
function renderHuman(reports, opts) {
  const reading = opts.op === "fetch";
  const paint = (code, text) => opts.color ? `\x1B[${code}m${text}\x1B[0m` : text;
  const config = opts.problems?.length ? [["hf-hooks: git config: settings it cannot use", ...opts.problems.map((f) => renderFinding(f, paint))].join("\n")] : [];
  const blocks = reports.map((r) => {
    const url = printable(r.url);
    const headline = opts.entry === "explain" ? `why the ${reading ? "clone or fetch" : "push"} failed` : (reading ? HEADLINE_FETCH : HEADLINE)[r.verdict];
    const head = `hf-hooks: ${r.remote === r.url ? url : `${printable(r.remote)} (${url})`}: ${headline}`;
    const body = r.findings.map((f) => renderFinding(f, paint));
    const escape = (reading ? ESCAPE_FETCH : ESCAPE)[opts.entry];
    const tail = r.verdict === "blocked" && escape ? [`  ${escape}`] : [];
    return [head, ...body, ...tail].join("\n");
  });
  return mask([...config, ...blocks].join("\n\n") + "\n");
}
function renderFinding(f, paint) {
  const [label, code] = LABEL[f.level];
  const [what, ...why] = f.message.split("\n");
  const lines = [`  ${paint(code, label)}: ${what} [${f.id}]`, ...why.map((w) => `    ${w}`)];
  if (f.fix.length) lines.push("    Fix:", ...f.fix.map((step) => `      ${step}`));
  if (f.docs) lines.push(`    See: ${f.docs}`);
  return lines.join("\n");
}

// hooks/https/ask.ts
var ASK_TIMEOUT_MS = 5 * 6e4;
var TRIES = 3;
var RETRY = {
  "https.password-not-token": (p) => `That is not a ${p.label} access token (an account password does not work for Git).`,
  "token.invalid": (p) => `${p.label} does not accept that token (revoked, expired or mistyped).`
};
var askpassAsker = (askpass, fx) => async (question) => {
  const r = await fx.run(askpass, [question], { env: fx.env, timeoutMs: ASK_TIMEOUT_MS });
  const answer = r.stdout.slice(0, r.stdout.search(/[\r\n]|$/)).trim();
  return r.code === 0 && answer ? answer : void 0;
};
var ttyAsker = (fx) => async (question) => (await fx.askTty(question, ASK_TIMEOUT_MS))?.trim() || void 0;
async function askForToken(remote, provider, config, fx, o) {
  const question = provider.tokenQuestion;
  const where = `${remote.host}${remote.port ? `:${remote.port}` : ""}/${repoPath(remote.path)}`;
  let reason = "";
  let last = [];
  let unconfirmed2;
  for (let i = 0; i < TRIES; i++) {
    const answer = await o.ask(`${reason}${question.ask(where, o.push ?? true)}`);
    if (!answer) return { kind: "stop", findings: [cancelled(remote, provider)] };
    const shape = provider.tokenShape?.(answer, fx.now(), remote.user) ?? { kind: "token" };
    if (shape.kind === "not-token" || shape.kind === "unknown" && answer !== unconfirmed2) {
      unconfirmed2 = shape.kind === "unknown" ? answer : void 0;
      reason = `${notSent(provider, shape.why, shape.kind === "unknown")} `;
      last = [notAToken(remote, provider, shape.why)];
      continue;
    }
    const findings = await diagnoseCredential(remote, { password: answer }, config, fx, {
      network: true,
      deadline: fx.now() + config.timeoutMs,
      remoteName: o.remoteName,
      gitCanAsk: true,
      scope: o.scope
    });
    const retry = findings.find((f) => f.level === "error" && RETRY[f.id]);
    if (!retry) return { kind: "answer", username: remote.user || question.user, password: answer, findings };
    reason = `${RETRY[retry.id](provider)} `;
    last = findings;
    unconfirmed2 = void 0;
  }
  return { kind: "stop", findings: last };
}
function notSent(p, why, confirmable) {
  return `Not sent anywhere: ${why}.${p.tokensPage ? ` Create a token at ${p.tokensPage}.` : ""}` + (confirmable ? ` If it is a ${p.label} token all the same, type it again to have ${p.label} check it.` : "");
}
function notAToken(remote, p, why) {
  return finding(
    "https.password-not-token",
    "error",
    `What was typed at hf-hooks' question for ${origin(remote)} is not a ${p.label} access token: ${why}.
It was sent nowhere, and Git was stopped before it sent anything.`,
    [...p.tokensPage ? [`Create a token with write access: ${p.tokensPage}`] : [], "Push again and paste the token at the prompt"],
    p.tokensPage
  );
}
function cancelled(remote, provider) {
  return finding(
    "https.prompt-cancelled",
    "error",
    `No ${provider.label} token was given for ${origin(remote)}, so hf-hooks stopped Git before it sent anything.`,
    ["Push again and paste an access token at the prompt", ...provider.tokensPage ? [`Create one: ${provider.tokensPage}`] : []],
    provider.tokensPage
  );
}

// hooks/https/caller.ts
var SHELL = /^-?(sh|bash|dash|zsh|ksh|mksh|ash|busybox)$/;
var base = (argv0) => argv0.slice(argv0.lastIndexOf("/") + 1).replace(/\.exe$/i, "");
function remoteHelperUrl(ancestors2) {
  for (const argv of ancestors2) {
    const name = base(argv[0] ?? "");
    if (SHELL.test(name)) continue;
    if (/^git-remote-(https?|ftps?)$/.test(name)) return argv[2];
    if (name === "git" && /^remote-(https?|ftps?)$/.test(argv[1] ?? "")) return argv[3];
    return void 0;
  }
  return void 0;
}
function askedUrl(attrs, ancestors2, credentialSections) {
  const user = attrs.username ? `${encodeURIComponent(attrs.username)}@` : "";
  const origin2 = `${attrs.protocol}://${attrs.host}`;
  if (attrs.path) return { url: `${attrs.protocol}://${user}${attrs.host}/${attrs.path}` };
  const remote = ancestors2 && remoteHelperUrl(ancestors2);
  const path = remote && pathOf(remote, origin2);
  if (path !== void 0) return { url: `${attrs.protocol}://${user}${attrs.host}${path}` };
  const scoped = credentialSections.find((pattern) => pathScopedFor(`${origin2}/`, pattern));
  return scoped ? { silent: `credential.${scoped}.* applies to some repositories of ${origin2}, and the URL Git asked about cannot be seen here` } : { url: `${origin2}/` };
}
function pathOf(url, origin2) {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}`.toLowerCase() === origin2.toLowerCase() ? u.pathname : void 0;
  } catch {
    return void 0;
  }
}
var READS = /* @__PURE__ */ new Set(["fetch", "clone", "pull", "ls-remote", "remote", "submodule"]);
function gitOperation(ancestors2) {
  for (const argv of ancestors2 ?? []) {
    if (base(argv[0] ?? "") !== "git") continue;
    for (let i = 1; i < argv.length; i++) {
      const a = argv[i];
      if (a === "-c" || a === "-C" || a === "--git-dir" || a === "--work-tree") i++;
      else if (a.startsWith("-")) continue;
      else if (a === "push") return "push";
      else if (READS.has(a)) return "fetch";
      else break;
    }
  }
  return void 0;
}

// hooks/https/helper.ts
var SILENT = { exit: 0, stdout: "", stderr: "" };
async function credentialHelper(action, input, fx, color) {
  if (action !== "get" && action !== "erase" || fx.env[QUIET_ENV]) return SILENT;
  const attrs = parseAttributes(input);
  if (!attrs.protocol || !attrs.host) return SILENT;
  const { config } = await loadConfig(fx);
  if (!config.enabled) return SILENT;
  const credential = { username: attrs.username, password: attrs.password };
  const callers = await fx.callers();
  const asked = askedUrl(attrs, callers, action === "get" ? config.credentialSections : []);
  if ("silent" in asked) return SILENT;
  const target = targetFor({ url: withoutUserinfo(asked.url), credential, asked: asked.url }, config);
  if ("error" in target.parsed || !PROVIDERS[target.parsed.provider].tokenShape) return SILENT;
  const op = gitOperation(callers) ?? "push";
  const ctx = { ...contextFor(config, fx), op };
  const { report } = await check(target, action === "get" ? "credential-get" : "credential-erase", fx, ctx);
  if (action === "get") {
    if (!report.findings.length) return SILENT;
    const remote = target.parsed;
    const scope = { reviewOnly: false };
    const fetchOpts = { network: ctx.network, deadline: ctx.deadline, remoteName: target.remote, gitCanAsk: ctx.gitCanAsk };
    const bridge = await bridged(remote, config, fx, { remoteName: target.remote, deadline: ctx.deadline, scope });
    if (bridge && !("refused" in bridge)) {
      const words = op === "fetch" ? (await checkFetch(remote, config, fx, { ...fetchOpts, token: { password: bridge.password, source: bridge.source } })).filter((f) => f.level === "error" || f.level === "warn") : [];
      return answered({ kind: "answer", ...bridge, findings: [...bridge.findings, ...words] }, remote, fx, color, [], op);
    }
    const refused2 = bridge ? [bridge.refused] : [];
    const ask2 = askerFor(remote, config, fx, ctx.gitCanAsk, ctx.terminal);
    if (ask2) {
      const cli = await cliLogin(remote, fx, ctx.deadline);
      if (cli) return answered({ kind: "stop", findings: [...refused2, cli] }, remote, fx, color, [], op);
      return answered(await askForToken(remote, PROVIDERS[remote.provider], config, fx, { ask: ask2, remoteName: target.remote, scope, push: op === "push" }), remote, fx, color, refused2, op);
    }
    const read = op === "fetch" ? (await checkFetch(remote, config, fx, { ...fetchOpts, token: null })).filter((f) => f.id !== "fetch.ok") : [];
    const findings2 = [...refused2, ...read.length ? read : report.findings];
    const stop = verdictOf(findings2) === "blocked";
    return { exit: 0, stdout: stop ? "quit=1\n" : "", stderr: renderHuman([{ ...report, verdict: verdictOf(findings2), findings: findings2 }], { color, entry: "credential", op }) };
  }
  const findings = report.findings.filter((f) => f.level !== "ok" && f.level !== "info");
  return { exit: 0, stdout: "", stderr: findings.length ? renderHuman([{ ...report, verdict: verdictOf(findings), findings }], { color, entry: "explain", op }) : "" };
}
function askerFor(remote, config, fx, gitCanAsk2, terminal) {
  const provider = PROVIDERS[remote.provider];
  if (!provider.tokenQuestion || !(remote.transport === "https" || isLoopback(remote.host))) return void 0;
  const askpass = askpassOf(fx.env, config.askPass);
  if (askpass) return askpassAsker(askpass, fx);
  return gitCanAsk2 && terminal ? ttyAsker(fx) : void 0;
}
async function cliLogin(remote, fx, deadline) {
  const provider = PROVIDERS[remote.provider];
  const cli = provider.gitCli;
  if (!cli) return void 0;
  const [cmd, ...args] = cli.status;
  const r = await fx.run(cmd, args, { env: fx.env, timeoutMs: Math.max(0, deadline - fx.now()) });
  if (r.code !== 0) return void 0;
  return finding(
    "https.cli-login",
    "error",
    `${cmd} is logged in to ${provider.label} on this machine, but Git does not use its token for ${origin(remote)}.
\`${cli.setup}\` makes Git ask ${cmd} for it, so no token needs pasting.`,
    [cli.setup, "git push    # again"]
  );
}
async function answered(asked, remote, fx, color, before = [], op = "push") {
  const said = (f) => f.level === "warn" || f.level === "error" && (asked.kind === "stop" || f.id.startsWith("fetch."));
  const findings = [...asked.kind === "stop" ? before : [], ...asked.findings].filter(said);
  const report = { remote: remote.url, url: remote.url, transport: remote.transport, provider: remote.provider, verdict: verdictOf(findings), findings };
  const stderr = findings.length ? renderHuman([report], { color, entry: asked.kind === "stop" ? "credential" : "notice", op }) : "";
  if (asked.kind === "stop") return { exit: 0, stdout: "quit=1\n", stderr };
  await fx.cache.set(askedKey(remote), { findings: asked.findings });
  return { exit: 0, stdout: `username=${asked.username}
password=${asked.password}
`, stderr };
}

// hooks/pre-push.ts
var PRE_PUSH_USAGE = "usage: hf-hooks pre-push REMOTE URL < ref-lines    (Git runs this; see `hf-hooks install`)";
async function prePush(args, stdin, fx, color) {
  if (args.length !== 2) return { exit: 2, stderr: `${PRE_PUSH_USAGE}
` };
  const parsed = parseRefLines(stdin);
  if ("error" in parsed) return { exit: 2, stderr: mask(`hf-hooks pre-push: ${parsed.error}
${PRE_PUSH_USAGE}
`) };
  const { config, problems } = await loadConfig(fx);
  if (!config.enabled) return { exit: 0, stderr: "" };
  const [remote, url] = args;
  const target = targetFor({ remote, url, refs: parsed.refs }, config);
  const ctx = contextFor(config, fx);
  const { report, readyKey: readyKey2 } = await check(target, "pre-push", fx, ctx);
  if (readyKey2 && config.cacheTtl > 0) await fx.cache.markReady(readyKey2, Math.floor(fx.now() / 1e3) + config.cacheTtl);
  const quiet = report.verdict === "ready" && !problems.length;
  return {
    exit: allows(report.verdict, config.strict) ? 0 : 1,
    stderr: quiet ? "" : renderHuman([report], { color, entry: "pre-push", problems })
  };
}

// hooks/pre-commit.ts
var USAGE = "hf-hooks pre-commit: run it from pre-commit at the pre-push stage (stages: [pre-push] in .pre-commit-config.yaml); PRE_COMMIT_REMOTE_URL is not set\n";
var OID2 = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
var DAY_SECONDS = 86400;
async function preCommit(fx, color) {
  const e = fx.env;
  const { PRE_COMMIT_REMOTE_NAME: remote, PRE_COMMIT_REMOTE_URL: url, PRE_COMMIT_LOCAL_BRANCH: local2, PRE_COMMIT_REMOTE_BRANCH: target } = e;
  if (!remote || !url || !local2 || !target) return { exit: 2, stderr: USAGE };
  const to = e.PRE_COMMIT_TO_REF ?? (await fx.run("git", ["rev-parse", "-q", "--verify", `${local2}^{commit}`], { env: e, timeoutMs: LOCAL_TIMEOUT_MS })).stdout.trim();
  if (!OID2.test(to)) return { exit: 2, stderr: `hf-hooks pre-commit: cannot tell what ${local2} is
` };
  const from = e.PRE_COMMIT_FROM_REF && OID2.test(e.PRE_COMMIT_FROM_REF) ? e.PRE_COMMIT_FROM_REF : "0".repeat(to.length);
  const outcome = await prePush([remote, url], Buffer.from(`${local2} ${to} ${target} ${from}
`), fx, color);
  return { ...outcome, stderr: outcome.stderr + await onceADay(fx) };
}
async function onceADay(fx) {
  const dir = (await fx.run("git", ["rev-parse", "--absolute-git-dir"], { env: fx.env, timeoutMs: LOCAL_TIMEOUT_MS })).stdout.trim();
  const key = cacheKey("pre-commit-note", dir);
  if (await fx.cache.get(key, DAY_SECONDS)) return "";
  await fx.cache.set(key, true);
  return 'hf-hooks (pre-commit): this checks a push once Git has connected. `npx hf-hooks install` adds what runs before that: the SSH check in core.sshCommand and the credential helper that asks for a token instead of a password (README "What it checks").\n';
}

// hooks/ssh/wrapper.ts
async function sshWrapper(args, fx, color) {
  let pre;
  try {
    pre = await preflight(args, fx);
  } catch (error) {
    fx.stderr(internalError("the SSH check", "connecting anyway", error, fx.env));
  }
  if (pre?.report.findings.length) fx.stderr(renderHuman([pre.report], { color, entry: "ssh" }));
  if (pre && !pre.allowed) return 255;
  const real = await fx.execSsh(wrappedSsh(fx.env), args);
  if (real.code !== 0 && pre) {
    const why = await explainRefusal2(pre.target, pre.report, real.stderr, fx, pre.ctx).catch(() => void 0);
    if (why) fx.stderr(renderHuman([why], { color, entry: "explain" }));
  }
  return real.code;
}
async function sshExplain(args, stderr, fx, color) {
  const request = parseGitSshArgs(args);
  if (request?.service === "git-upload-pack") return fetchRefused(request, fx, color);
  if (request?.service !== "git-receive-pack") return 0;
  const { config } = await loadConfig(fx);
  const target = targetFor({ url: urlOf2(request) }, config);
  const none = { remote: target.remote ?? target.url, url: target.url, verdict: "ready", findings: [] };
  const why = await explainRefusal2(target, none, stderr, fx, contextFor(config, fx));
  if (why) fx.stderr(renderHuman([why], { color, entry: "explain" }));
  return 0;
}
async function fetchRefused(request, fx, color) {
  const { config } = await loadConfig(fx);
  if (!config.enabled) return 0;
  const target = targetFor({ url: urlOf2(request) }, config);
  if ("error" in target.parsed || !PROVIDERS[target.parsed.provider].fetchRequests) return 0;
  const { report } = await check(target, "doctor", fx, { ...contextFor(config, fx), op: "fetch" });
  const findings = report.findings.filter((f) => f.level === "error" || f.level === "warn");
  if (findings.length) fx.stderr(renderHuman([{ ...report, verdict: verdictOf(findings), findings }], { color, entry: "explain", op: "fetch" }));
  return 0;
}
function urlOf2(r) {
  const host = r.host.includes(":") ? `[${r.host}]` : r.host;
  return `ssh://${r.user ? `${r.user}@` : ""}${host}${r.port ? `:${r.port}` : ""}/${(r.path ?? "").replace(/^\/+/, "")}`;
}
async function preflight(args, fx) {
  const request = parseGitSshArgs(args);
  if (request?.service !== "git-receive-pack") return void 0;
  const { config } = await loadConfig(fx);
  if (!config.enabled) return void 0;
  const target = targetFor({ url: urlOf2(request) }, config);
  const ctx = contextFor(config, fx);
  const { report } = await check(target, "ssh-connect", fx, ctx);
  await markReady(fx, config.cacheTtl, report.verdict === "ready");
  const shown = { ...report, findings: report.findings.filter((f) => f.level !== "ok") };
  return { target, ctx, report: shown, allowed: allows(report.verdict, config.strict) };
}
var HANDOFF_SECONDS = 60;
async function markReady(fx, ttl, ready) {
  const now = Math.floor(fx.now() / 1e3);
  const key = fx.env.HF_HOOKS_SSH_KEY ?? "";
  const git2 = fx.env.HF_HOOKS_GIT_PID ?? "";
  if (ready && ttl > 0 && /^[0-9a-f]{64}$/.test(key)) await fx.cache.markReady(key, now + ttl);
  if (!/^[1-9][0-9]{0,9}$/.test(git2)) return;
  await (ready ? fx.cache.markReady(`push-${git2}`, now + HANDOFF_SECONDS) : fx.cache.unmarkReady(`push-${git2}`));
}

// hooks/commands.ts
var HOOK_COMMANDS = ["pre-push", "pre-commit", "ssh", "ssh-explain", "credential"];
var CHECK_BROKE = 70;
async function readStdin() {
  if (process.stdin.isTTY) return new Uint8Array();
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks);
}
async function runHook(argv) {
  const [command, ...args] = argv;
  const fx = realEffects();
  const color = wantsColor(process.stderr.isTTY, process.env);
  const internal = (where, error, exit) => {
    fx.stderr(internalError(where, "letting Git carry on", error, fx.env));
    return exit;
  };
  switch (command) {
    case "ssh":
      return sshWrapper(args, fx, color);
    case "pre-commit":
      try {
        const outcome = await preCommit(fx, color);
        fx.stderr(outcome.stderr);
        return outcome.exit;
      } catch (error) {
        return internal("the pre-commit hook", error, 0);
      }
    case "ssh-explain":
      try {
        return await sshExplain(args, Buffer.from(await readStdin()).toString("utf8"), fx, color);
      } catch (error) {
        return internal("the SSH explanation", error, 0);
      }
    case "credential":
      try {
        const outcome = await credentialHelper(args[0], Buffer.from(await readStdin()).toString("utf8"), fx, color);
        fx.stderr(outcome.stderr);
        process.stdout.write(outcome.stdout);
        return outcome.exit;
      } catch (error) {
        return internal("the credential helper", error, 0);
      }
    case "pre-push":
      try {
        const outcome = await prePush(args, await readStdin(), fx, color);
        fx.stderr(outcome.stderr);
        return outcome.exit;
      } catch (error) {
        return internal("the pre-push check", error, CHECK_BROKE);
      }
    default:
      fx.stderr(`hf-hooks: unknown hook command '${command ?? ""}' (one of ${HOOK_COMMANDS.join(", ")})
`);
      return 2;
  }
}

// hooks/main.ts
var LINGER_MS = 500;
var broke = (error) => {
  process.stderr.write(internalError(`hf-hooks ${process.argv[2] ?? ""}`.trimEnd(), "letting Git carry on", error, process.env));
  process.exit(process.argv[2] === "pre-push" ? CHECK_BROKE : process.argv[2] === "ssh" ? 255 : 0);
};
process.on("uncaughtException", broke);
process.exitCode = await runHook(process.argv.slice(2)).catch((error) => (broke(error), 0));
setTimeout(() => process.exit(), LINGER_MS).unref();

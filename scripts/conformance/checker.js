// Checks the lookups of an `idlbind manifest` against the JavaScript realm it runs in (a
// window, or a worker's global scope).
//
// Each lookup says where the generated glue finds something (see cli/src/manifest.rs); the
// result for each is one of
//   present    found, with the shape the glue uses;
//   wrong      found, but not where or not as the glue uses it (a static member looked up on
//              instances, a method read as an attribute, an attribute assigned that has no
//              setter, a constant of another value);
//   absent     not in this realm (the interface or the member is not shipped, or not exposed
//              here);
//   noinstance the member lives on instances ([LegacyUnforgeable], an interface without an
//              interface object) and this realm has no instance to look at;
//   na         the lookup is about another realm's global object (a member of `Window` in a
//              worker).
// and `f`, what was found, in words.

const OBJECT_PROTOTYPE = Object.prototype;
const FUNCTION_PROTOTYPE = Function.prototype;

export function check(lookups) {
  const realm = new Realm(lookups);
  return lookups.map((lookup) => {
    try {
      return checkOne(lookup, realm);
    } catch (error) {
      return { s: "wrong", f: `the check itself threw: ${error}` };
    }
  });
}

function checkOne(l, realm) {
  switch (l.kind) {
    case "interface":
    case "constructor": {
      const object = resolve(l.path);
      if (object === undefined) return absent("no such global");
      if (typeof object !== "function") {
        return wrong(`${l.path.join(".")} is ${describeValue(object)}, not an interface object`);
      }
      return present("an interface object");
    }
    case "namespace": {
      const object = resolve(l.path);
      if (object === undefined) return absent("no such global");
      if (object === null || (typeof object !== "object" && typeof object !== "function")) {
        return wrong(`${l.path.join(".")} is ${describeValue(object)}, not a namespace object`);
      }
      return present("a namespace object");
    }
    case "constant":
      return checkConstant(l, realm);
    default:
      return checkMember(l, realm);
  }
}

function checkMember(l, realm) {
  const name = l.member;
  switch (l.where) {
    case "static": {
      const object = resolve(l.path);
      if (object === undefined) return absent("no interface object");
      const found = findProperty(object, name, FUNCTION_PROTOTYPE);
      if (found) return classify(l, found, "on the interface object");
      const prototype = object.prototype;
      const onPrototype = isObject(prototype) && findProperty(prototype, name, OBJECT_PROTOTYPE);
      if (onPrototype) {
        return wrong(
          `an instance member in Chromium (${describe(onPrototype.desc)} on ` +
            `${ownerName(onPrototype.owner)}), the glue uses it on the interface object`,
        );
      }
      const instance = typeof object === "function" && realm.instanceOf(object);
      const own = instance && Object.getOwnPropertyDescriptor(instance, name);
      if (own) {
        return wrong(
          `an own property of instances in Chromium (${describe(own)} on ` +
            `${ownerName(instance)}), the glue uses it on the interface object`,
        );
      }
      return absent("member missing");
    }
    case "namespace": {
      const object = resolve(l.path);
      if (object === undefined) return absent("no namespace object");
      const found = findProperty(object, name, OBJECT_PROTOTYPE);
      if (found) return classify(l, found, "on the namespace object");
      return absent("member missing");
    }
    case "global": {
      const object = resolve(l.path);
      if (typeof object !== "function" || !safeInstanceOf(globalThis, object)) {
        return { s: "na", f: `the global object is not a ${l.path.join(".")}` };
      }
      const found = findProperty(globalThis, name, OBJECT_PROTOTYPE);
      if (found) return classify(l, found, "on the global object");
      const onStatic = findProperty(object, name, FUNCTION_PROTOTYPE);
      if (onStatic) {
        return wrong(`a static member in Chromium, the glue uses it on the global object`);
      }
      return absent("member missing");
    }
    case "instance":
    case "prototype": {
      let prototype;
      let klass;
      if (l.no_interface_object) {
        const instance = realm.withoutInterfaceObject(l.interface);
        if (!instance) return { s: "noinstance", f: "no interface object, and no instance here" };
        prototype = Object.getPrototypeOf(instance);
      } else {
        klass = resolve(l.path);
        if (klass === undefined) return absent("no interface object");
        if (typeof klass !== "function" || !isObject(klass.prototype)) {
          return wrong(`${l.path.join(".")} is ${describeValue(klass)}, not an interface object`);
        }
        prototype = klass.prototype;
      }
      const instance = klass && realm.instanceOf(klass);
      // [LegacyUnforgeable]: an own property of each instance.
      if (l.where === "instance" && instance) {
        const own = Object.getOwnPropertyDescriptor(instance, name);
        if (own) return classify(l, { owner: instance, desc: own }, "an own property of instances");
      }
      const found = findProperty(prototype, name, OBJECT_PROTOTYPE);
      if (found) return classify(l, found, `on ${ownerName(found.owner)}`);
      if (klass) {
        const onStatic = findProperty(klass, name, FUNCTION_PROTOTYPE);
        if (onStatic) {
          return wrong(
            `a static member in Chromium (${describe(onStatic.desc)} on ` +
              `${ownerName(onStatic.owner)}), the glue uses it on instances`,
          );
        }
      }
      if (instance) {
        const own = Object.getOwnPropertyDescriptor(instance, name);
        if (own) return classify(l, { owner: instance, desc: own }, "an own property of instances");
      } else if (l.where === "instance") {
        return { s: "noinstance", f: "an own property of instances, and no instance here" };
      }
      // Moved down the hierarchy: instances of that subclass have it, others do not.
      const below = realm.belowPrototype(prototype, name);
      if (below) {
        return wrong(
          `not on ${ownerName(prototype)} in Chromium but on ${ownerName(below.owner)} ` +
            `(${describe(below.desc)}), which only some instances inherit`,
        );
      }
      return absent("member missing");
    }
  }
  return wrong(`unknown place ${l.where}`);
}

// Whether a property has the shape the glue uses.
function classify(l, found, where) {
  const { desc } = found;
  const shape = describe(desc);
  if (l.kind === "operation") {
    if ("value" in desc && typeof desc.value === "function") return present(`a method, ${where}`);
    return wrong(`${shape} ${where} in Chromium, the glue calls it as a method`);
  }
  // An attribute: the glue reads it, and assigns it when it has a setter. A data property
  // that is not a method reads and assigns as well (V8's own objects have some).
  if ("value" in desc) {
    if (typeof desc.value === "function") {
      return wrong(`${shape} ${where} in Chromium, the glue uses it as an attribute`);
    }
    if (l.setter && !desc.writable) {
      return wrong(`${shape}, read-only, ${where} in Chromium, the glue assigns it`);
    }
    return present(`${shape}, ${where}`);
  }
  if (!desc.get) return wrong(`an accessor without a getter ${where} in Chromium`);
  if (l.setter && !desc.set) {
    return wrong(`a read-only accessor ${where} in Chromium, the glue assigns it (a setter)`);
  }
  return present(`${shape}, ${where}`);
}

function checkConstant(l, realm) {
  let holders;
  if (l.no_interface_object) {
    const instance = realm.withoutInterfaceObject(l.interface);
    if (!instance) return { s: "noinstance", f: "no interface object, and no instance here" };
    holders = [Object.getPrototypeOf(instance)];
  } else {
    const object = resolve(l.path);
    if (object === undefined) return absent("no interface object");
    holders = [object];
    if (l.on_prototype && isObject(object.prototype)) holders.push(object.prototype);
  }
  const expected = constantValue(l.value);
  let seen = 0;
  for (const holder of holders) {
    const desc = Object.getOwnPropertyDescriptor(holder, l.member);
    if (!desc) continue;
    seen++;
    if (!("value" in desc)) {
      return wrong(`${describe(desc)} on ${ownerName(holder)}, not a constant`);
    }
    if (!sameValue(desc.value, expected)) {
      return wrong(
        `${describeValue(desc.value)} on ${ownerName(holder)} in Chromium, the Rust constant is ` +
          `${describeValue(expected)}`,
      );
    }
  }
  if (seen === 0) return absent("member missing");
  return present(`the same value (${describeValue(expected)})`);
}

// The objects of this realm that a member living on instances can be looked up on.
class Realm {
  constructor(lookups) {
    this.candidates = null;
    this.contexts = null;
    // "Interface.member" of every member the glue uses on instances: a subclass's own
    // member of the same name is not the base class's moved down.
    this.bound = new Set(
      lookups
        .filter((l) => l.where === "prototype" || l.where === "instance")
        .map((l) => `${l.interface}.${l.member}`),
    );
  }

  instanceOf(klass) {
    if (this.candidates === null) this.candidates = instances();
    return this.candidates.find((object) => safeInstanceOf(object, klass));
  }

  // A property `name` that an interface prototype object inheriting from `prototype` has,
  // between itself and `prototype`.
  belowPrototype(prototype, name) {
    if (this.prototypes === undefined) this.prototypes = interfacePrototypes();
    for (const candidate of this.prototypes) {
      if (candidate === prototype || !prototype.isPrototypeOf(candidate)) continue;
      const found = findProperty(candidate, name, prototype);
      if (found && !this.bound.has(`${ownerName(found.owner).replace(/\.prototype$/, "")}.${name}`)) {
        return found;
      }
    }
    return null;
  }

  // WebGL extension objects (interfaces with [LegacyNoInterfaceObject]) and the objects
  // their methods make.
  withoutInterfaceObject(name) {
    if (this.contexts === null) this.contexts = webglContexts();
    for (const gl of this.contexts) {
      try {
        if ((gl.getSupportedExtensions() || []).includes(name)) return gl.getExtension(name);
      } catch (_) {
        // try the next context
      }
    }
    const made = {
      WebGLVertexArrayObjectOES: ["OES_vertex_array_object", (e) => e.createVertexArrayOES()],
      WebGLTimerQueryEXT: ["EXT_disjoint_timer_query", (e) => e.createQueryEXT()],
    }[name];
    if (made) {
      const extension = this.withoutInterfaceObject(made[0]);
      if (extension) {
        try {
          return made[1](extension) || undefined;
        } catch (_) {
          return undefined;
        }
      }
    }
    return undefined;
  }
}

function instances() {
  const list = [globalThis];
  const add = (make) => {
    try {
      const object = make();
      if (isObject(object)) list.push(object);
    } catch (_) {
      // not in this realm
    }
  };
  add(() => globalThis.document);
  add(() => globalThis.location);
  add(() => globalThis.navigator);
  add(() => new Event("conformance"));
  return list;
}

// The prototype objects of the interface objects of this realm's global object.
function interfacePrototypes() {
  const list = [];
  for (const key of Object.getOwnPropertyNames(globalThis)) {
    // Data properties only: reading an accessor of the global object may have effects.
    const desc = Object.getOwnPropertyDescriptor(globalThis, key);
    const value = desc && desc.value;
    if (typeof value === "function" && isObject(value.prototype)) list.push(value.prototype);
  }
  return list;
}

function webglContexts() {
  const contexts = [];
  for (const type of ["webgl", "webgl2"]) {
    try {
      const canvas =
        typeof OffscreenCanvas === "function"
          ? new OffscreenCanvas(1, 1)
          : globalThis.document.createElement("canvas");
      const gl = canvas.getContext(type);
      if (gl) contexts.push(gl);
    } catch (_) {
      // no WebGL here
    }
  }
  return contexts;
}

function resolve(path) {
  let object = globalThis;
  for (const key of path) {
    if (!isObject(object)) return undefined;
    try {
      object = object[key];
    } catch (_) {
      return undefined;
    }
  }
  return object;
}

// The property `name` on `start` or an object of its prototype chain before `stop`.
function findProperty(start, name, stop) {
  for (let object = start; isObject(object) && object !== stop; ) {
    const desc = Object.getOwnPropertyDescriptor(object, name);
    if (desc) return { owner: object, desc };
    object = Object.getPrototypeOf(object);
  }
  return null;
}

function isObject(value) {
  return (typeof value === "object" && value !== null) || typeof value === "function";
}

function safeInstanceOf(object, klass) {
  try {
    return object instanceof klass;
  } catch (_) {
    return false;
  }
}

function describe(desc) {
  if ("value" in desc) {
    return typeof desc.value === "function" ? "a method" : `a data property (${describeValue(desc.value)})`;
  }
  if (desc.get && desc.set) return "an accessor with a setter";
  if (desc.get) return "a read-only accessor";
  return "an accessor with only a setter";
}

function describeValue(value) {
  if (typeof value === "function") return "a function";
  if (value === null) return "null";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return JSON.stringify(value);
  if (Object.is(value, -0)) return "-0";
  return String(value);
}

function ownerName(object) {
  if (object === globalThis) return "the global object";
  try {
    if (typeof object === "function") return object.name || "a function";
    const constructor = Object.getOwnPropertyDescriptor(object, "constructor");
    if (constructor && typeof constructor.value === "function" && constructor.value.prototype === object) {
      return `${constructor.value.name}.prototype`;
    }
    const tag = object[Symbol.toStringTag];
    return tag ? `a ${tag}` : "an object";
  } catch (_) {
    return "an object";
  }
}

function constantValue(value) {
  if (value === "NaN") return NaN;
  if (value === "Infinity") return Infinity;
  if (value === "-Infinity") return -Infinity;
  return value;
}

function sameValue(a, b) {
  return a === b || (a !== a && b !== b);
}

function present(f) {
  return { s: "present", f };
}

function absent(f) {
  return { s: "absent", f };
}

function wrong(f) {
  return { s: "wrong", f };
}

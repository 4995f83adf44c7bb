// Turns one of sigma's instanced programs into a plain one that repeats each item's attributes per
// vertex. Without a GPU, Chromium draws WebGL with SwiftShader, which runs an instanced draw as one
// draw per instance: 10,000 nodes cost ~200 ms a frame instanced and a few milliseconds as one draw.
import {
  getAttributesItemsCount,
  type Program,
  type ProgramAttributeSpecification,
  type ProgramDefinition,
} from "sigma/rendering";
import { programClassWrapper, type ProgramClass } from "./program-class-wrapper.js";

type AnyDefinition = ProgramDefinition & {
  CONSTANT_ATTRIBUTES?: ProgramAttributeSpecification[];
  CONSTANT_DATA?: number[][];
};

interface ItemProgram {
  array: Float32Array;
  getDefinition(): AnyDefinition;
  processVisibleItem(index: number, startIndex: number, ...data: unknown[]): void;
}

export const deinstanced = programClassWrapper((Instanced: ProgramClass<Program & ItemProgram>) => {
  abstract class Deinstanced extends Instanced {
    // Set from getDefinition, which sigma calls inside its constructor: before any field initialiser.
    declare perVertexData: number[][];
    declare itemFloats: number;

    override getDefinition(): AnyDefinition {
      const { CONSTANT_ATTRIBUTES, CONSTANT_DATA, ...plain } = super.getDefinition() as AnyDefinition;
      this.perVertexData = CONSTANT_DATA ?? [];
      this.itemFloats = getAttributesItemsCount(plain.ATTRIBUTES);
      if (!CONSTANT_ATTRIBUTES) return plain;
      return { ...plain, ATTRIBUTES: [...plain.ATTRIBUTES, ...CONSTANT_ATTRIBUTES] };
    }

    override processVisibleItem(index: number, startIndex: number, ...data: unknown[]): void {
      super.processVisibleItem(index, startIndex, ...data);
      if (this.perVertexData.length === 0) return;
      // The item's attributes were written once at startIndex; copy them to every later vertex (last
      // first, so the source stays intact), each followed by that vertex's constant data.
      const vertexFloats = this.itemFloats + this.perVertexData[0]!.length;
      for (let vertex = this.perVertexData.length - 1; vertex >= 0; vertex--) {
        const at = startIndex + vertex * vertexFloats;
        if (vertex > 0) this.array.copyWithin(at, startIndex, startIndex + this.itemFloats);
        this.array.set(this.perVertexData[vertex]!, at + this.itemFloats);
      }
    }
  }
  return Deinstanced;
});

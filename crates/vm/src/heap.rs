//! One process's heap: a vector of objects addressed by [`ObjRef`], a free
//! list, and a mark-and-sweep collector whose roots the VM supplies.
//! Cloning the heap clones the whole process memory in one operation (this
//! is how `fork()` will copy a process).

use crate::objects::Obj;
use crate::value::{ObjRef, Value};

#[derive(Clone, Debug, Default)]
pub struct Heap {
    objects: Vec<Obj>,
    free_head: Option<u32>,
    live: usize,
    allocated_since_gc: usize,
}

impl Heap {
    pub fn new() -> Self {
        Heap::default()
    }

    #[inline]
    pub fn alloc(&mut self, obj: Obj) -> ObjRef {
        self.live += 1;
        // Big containers count for more, so that garbage made of a few huge
        // lists (CPython frees them at once by reference counting) is
        // collected before it eats memory: one unit per 16 items.
        self.allocated_since_gc += 1 + match &obj {
            Obj::List(v) | Obj::Tuple(v) => v.len() / 16,
            Obj::Bytes(b) | Obj::ByteArray(b) => b.len() / 256,
            _ => 0,
        };
        if let Some(idx) = self.free_head {
            let slot = &mut self.objects[idx as usize];
            self.free_head = match *slot {
                Obj::Free(next) if next != u32::MAX => Some(next),
                _ => None,
            };
            *slot = obj;
            ObjRef(idx)
        } else {
            self.objects.push(obj);
            ObjRef(self.objects.len() as u32 - 1)
        }
    }

    #[inline]
    pub fn get(&self, r: ObjRef) -> &Obj {
        &self.objects[r.index()]
    }

    #[inline]
    pub fn get_mut(&mut self, r: ObjRef) -> &mut Obj {
        &mut self.objects[r.index()]
    }

    /// Every live object with its reference, in slot order.
    pub fn iter(&self) -> impl Iterator<Item = (ObjRef, &Obj)> {
        self.objects
            .iter()
            .enumerate()
            .filter(|(_, o)| !matches!(o, Obj::Free(_)))
            .map(|(i, o)| (ObjRef(i as u32), o))
    }

    /// Number of live objects.
    pub fn live(&self) -> usize {
        self.live
    }

    pub fn allocated_since_gc(&self) -> usize {
        self.allocated_since_gc
    }

    /// Marks everything reachable from `roots` and frees the rest.
    /// `permanent` objects (below that index) are always kept.
    pub fn collect(&mut self, roots: &[Value], permanent: usize) -> usize {
        let mut marks = vec![false; self.objects.len()];
        let mut stack: Vec<ObjRef> = roots.iter().filter_map(|v| v.as_obj()).collect();
        for i in 0..permanent.min(self.objects.len()) {
            stack.push(ObjRef(i as u32));
        }
        while let Some(r) = stack.pop() {
            let m = &mut marks[r.index()];
            if *m {
                continue;
            }
            *m = true;
            self.objects[r.index()].trace(&mut |v| {
                if let Value::Obj(c) = v {
                    if !marks[c.index()] {
                        stack.push(c);
                    }
                }
            });
        }
        self.sweep(&marks)
    }

    fn sweep(&mut self, marks: &[bool]) -> usize {
        let mut freed = 0;
        // Rebuild the free list from the top so low indices are reused first
        // (deterministic, and keeps the heap compact).
        let mut head = u32::MAX;
        for i in (0..self.objects.len()).rev() {
            let is_free = matches!(self.objects[i], Obj::Free(_));
            if !marks[i] && !is_free {
                freed += 1;
            }
            if !marks[i] {
                self.objects[i] = Obj::Free(head);
                head = i as u32;
            }
        }
        self.free_head = (head != u32::MAX).then_some(head);
        self.live -= freed;
        self.allocated_since_gc = 0;
        freed
    }
}

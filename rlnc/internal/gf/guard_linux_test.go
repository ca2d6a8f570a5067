package gf

import (
	"math/rand/v2"
	"syscall"
	"testing"
)

// guardPage maps two pages and makes the second inaccessible; the returned slice
// of length n ends exactly at the inaccessible page, so any read or write past it
// faults.
func guardPage(t *testing.T, n int) []byte {
	t.Helper()
	ps := syscall.Getpagesize()
	mem, err := syscall.Mmap(-1, 0, 2*ps, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		t.Skipf("mmap: %v", err)
	}
	t.Cleanup(func() { _ = syscall.Munmap(mem) })
	if err := syscall.Mprotect(mem[ps:], syscall.PROT_NONE); err != nil {
		t.Skipf("mprotect: %v", err)
	}
	return mem[ps-n : ps : ps]
}

// TestNoAccessPastEnd runs every kernel on slices that end at an unmapped page.
func TestNoAccessPastEnd(t *testing.T) {
	forEachPath(t, func(t *testing.T, k Kernel) {
		r := rand.New(rand.NewPCG(7, uint64(k.Path())))
		for _, n := range []int{1, 7, 31, 32, 33, 63, 64, 65, 100, 127, 513, 1000} {
			a, b, o1, o2 := guardPage(t, n), guardPage(t, n), guardPage(t, n), guardPage(t, n)
			copy(a, randBytes(r, n))
			copy(b, randBytes(r, n))
			k.Mul(0x35, a, o1)
			k.MulAdd(0x35, b, o1)
			k.Dot([]byte{3, 4}, [][]byte{a, b}, o2, true)
			k.Matrix([]byte{5, 6, 7, 8}, [][]byte{a, b}, [][]byte{o1, o2}, false)
			want1, want2 := make([]byte, n), make([]byte, n)
			matrixRef([]byte{5, 6, 7, 8}, [][]byte{a, b}, [][]byte{want1, want2}, false)
			if string(o1) != string(want1) || string(o2) != string(want2) {
				t.Fatalf("n=%d: wrong result", n)
			}
		}
	})
}

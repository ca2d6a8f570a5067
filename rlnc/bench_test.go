package rlnc

import (
	"fmt"
	"testing"

	"github.com/klauspost/reedsolomon"
)

var (
	benchKs    = []int{16, 32, 64, 128}
	benchSizes = []struct {
		name string
		n    int
	}{{"1KiB", 1 << 10}, {"16KiB", 16 << 10}, {"64KiB", 64 << 10}}
)

func forShapes(b *testing.B, f func(b *testing.B, k, size int)) {
	for _, k := range benchKs {
		for _, s := range benchSizes {
			b.Run(fmt.Sprintf("k=%d/size=%s", k, s.name), func(b *testing.B) { f(b, k, s.n) })
		}
	}
}

// BenchmarkEncode: one coded packet from k chunks of size bytes (fused k→1).
func BenchmarkEncode(b *testing.B) {
	forShapes(b, func(b *testing.B, k, size int) {
		src := source(NewRand(1), k, size)
		enc, _ := NewEncoder(k, size)
		_ = enc.SetSource(0, src)
		p := newPacket(k, size)
		b.SetBytes(int64(k * size))
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; b.Loop(); i++ {
			_ = enc.Seeded(uint32(i), p)
		}
	})
}

// BenchmarkReedSolomonEncode: klauspost/reedsolomon v1.14.2 doing the same coding
// work, one parity shard from k data shards, held to one goroutine so that both
// sides are measured on one core (its default splits large shards across cores).
func BenchmarkReedSolomonEncode(b *testing.B) {
	forShapes(b, func(b *testing.B, k, size int) {
		rs, err := reedsolomon.New(k, 1, reedsolomon.WithMaxGoroutines(1))
		if err != nil {
			b.Fatal(err)
		}
		shards := append(source(NewRand(1), k, size), make([]byte, size))
		b.SetBytes(int64(k * size))
		b.ReportAllocs()
		b.ResetTimer()
		for b.Loop() {
			if err := rs.Encode(shards); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkRecode: one fresh combination from a full-rank Recoder.
func BenchmarkRecode(b *testing.B) {
	forShapes(b, func(b *testing.B, k, size int) {
		src := source(NewRand(1), k, size)
		enc, _ := NewEncoder(k, size)
		_ = enc.SetSource(0, src)
		rec, _ := NewRecoder(k, size)
		p := newPacket(k, size)
		for i := 0; rec.Rank() < k; i++ {
			_ = enc.Seeded(uint32(i), p)
			_, _ = rec.Add(p)
		}
		rnd := NewRand(2)
		b.SetBytes(int64(k * size))
		b.ReportAllocs()
		b.ResetTimer()
		for b.Loop() {
			_ = rec.Recode(rnd, p)
		}
	})
}

// BenchmarkDecode: a whole generation from k coded packets (adding them and solving).
func BenchmarkDecode(b *testing.B) {
	forShapes(b, func(b *testing.B, k, size int) {
		src := source(NewRand(1), k, size)
		enc, _ := NewEncoder(k, size)
		_ = enc.SetSource(0, src)
		pkts := make([]*Packet, 0, k)
		dec, _ := NewDecoder(k, size)
		for i := 0; !dec.Done(); i++ {
			p := newPacket(k, size)
			_ = enc.Seeded(uint32(i), p)
			if ok, _ := dec.Add(p); ok {
				pkts = append(pkts, p)
			}
		}
		b.SetBytes(int64(k * size))
		b.ReportAllocs()
		b.ResetTimer()
		for b.Loop() {
			dec.Reset(0)
			for _, p := range pkts {
				_, _ = dec.Add(p)
			}
			if _, err := dec.Decode(); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkRejectNonInnovative: offering a packet the decoder already spans, at rank k-1.
func BenchmarkRejectNonInnovative(b *testing.B) {
	for _, k := range []int{64} {
		b.Run(fmt.Sprintf("k=%d", k), func(b *testing.B) {
			const size = 16 << 10
			src := source(NewRand(1), k, size)
			enc, _ := NewEncoder(k, size)
			_ = enc.SetSource(0, src)
			dec, _ := NewDecoder(k, size)
			p := newPacket(k, size)
			for i := 0; dec.Rank() < k-1; i++ {
				_ = enc.Seeded(uint32(i), p)
				_, _ = dec.Add(p)
			}
			_ = dec.Recode(NewRand(3), p)
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				if ok, _ := dec.Add(p); ok {
					b.Fatal("accepted")
				}
			}
		})
	}
}

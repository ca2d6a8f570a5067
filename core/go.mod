module github.com/weftnet/weft/core

go 1.26

require (
	github.com/klauspost/reedsolomon v1.14.2
	github.com/weftnet/weft/rlnc v0.0.0
)

require (
	filippo.io/edwards25519 v1.2.0 // indirect
	github.com/klauspost/cpuid/v2 v2.4.2 // indirect
	golang.org/x/sys v0.41.0 // indirect
)

replace github.com/weftnet/weft/rlnc => ../rlnc

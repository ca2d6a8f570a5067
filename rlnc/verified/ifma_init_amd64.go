//go:build !noasm

package verified

import "github.com/klauspost/cpuid/v2"

func init() {
	if cpuid.CPU.Supports(cpuid.AVX512F, cpuid.AVX512IFMA) {
		dot52Kernel = dot52IFMA
		kernels.ifma = true
	}
	if cpuid.CPU.Supports(cpuid.AVX512F, cpuid.AVX512DQ, cpuid.AVX512IFMA) {
		msmKernel = msmSteps52
		msmBucketSumKernel = msmBucketSum52
		kernels.msm = true
	}
}

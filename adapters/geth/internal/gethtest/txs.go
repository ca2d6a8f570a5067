package gethtest

import (
	"crypto/ecdsa"
	"crypto/sha256"
	"math/big"
	"math/rand/v2"

	"github.com/ethereum/go-ethereum/common"
	gcore "github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
)

// Account is a funded key with a local nonce.
type Account struct {
	Key   *ecdsa.PrivateKey
	Addr  common.Address
	Nonce uint64
}

// Accounts derives n accounts from seed, deterministically.
func Accounts(seed uint64, n int) []*Account {
	r := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	out := make([]*Account, n)
	for i := range out {
		var b [32]byte
		for {
			for j := 0; j < 32; j += 8 {
				v := r.Uint64()
				for k := 0; k < 8; k++ {
					b[j+k] = byte(v >> (8 * k))
				}
			}
			k, err := crypto.ToECDSA(b[:])
			if err == nil {
				out[i] = &Account{Key: k, Addr: crypto.PubkeyToAddress(k.PublicKey)}
				break
			}
		}
	}
	return out
}

// Addrs returns the accounts' addresses.
func Addrs(as []*Account) []common.Address {
	out := make([]common.Address, len(as))
	for i, a := range as {
		out[i] = a.Addr
	}
	return out
}

// signer returns the chain's latest signer.
func signer(g *gcore.Genesis) types.Signer { return types.LatestSigner(g.Config) }

// DataTx returns a signed dynamic-fee transaction carrying data bytes of
// incompressible calldata from r, paying gas enough under every fork rule.
func (a *Account) DataTx(g *gcore.Genesis, r *rand.Rand, data int) *types.Transaction {
	payload := make([]byte, data)
	for i := range payload {
		payload[i] = byte(r.Uint32())
	}
	gas := params.TxGas + uint64(data)*params.TxCostFloorPerToken*4 + 1000
	to := common.Address{0xee}
	tx := types.MustSignNewTx(a.Key, signer(g), &types.DynamicFeeTx{
		ChainID: g.Config.ChainID, Nonce: a.Nonce, GasTipCap: big.NewInt(params.GWei),
		GasFeeCap: big.NewInt(100 * params.GWei), Gas: gas, To: &to, Value: big.NewInt(1), Data: payload,
	})
	a.Nonce++
	return tx
}

// BlobTx returns a signed blob transaction with blobs blobs of data from r,
// with a version-1 (cell proof) sidecar.
func (a *Account) BlobTx(g *gcore.Genesis, r *rand.Rand, blobs int) (*types.Transaction, error) {
	var (
		bs     []kzg4844.Blob
		comms  []kzg4844.Commitment
		proofs []kzg4844.Proof
		hashes []common.Hash
	)
	for range blobs {
		var b kzg4844.Blob
		// Field elements must be below the BLS modulus: keep each 32-byte
		// element's top byte zero.
		for i := range b {
			if i%32 != 0 {
				b[i] = byte(r.Uint32())
			}
		}
		c, err := kzg4844.BlobToCommitment(&b)
		if err != nil {
			return nil, err
		}
		ps, err := kzg4844.ComputeCellProofs(&b)
		if err != nil {
			return nil, err
		}
		bs = append(bs, b)
		comms = append(comms, c)
		proofs = append(proofs, ps...)
		hashes = append(hashes, kzg4844.CalcBlobHashV1(sha256.New(), &c))
	}
	sc := types.NewBlobTxSidecar(types.BlobSidecarVersion1, bs, comms, proofs)
	tx := types.MustSignNewTx(a.Key, signer(g), &types.BlobTx{
		ChainID: uint256.MustFromBig(g.Config.ChainID), Nonce: a.Nonce, GasTipCap: uint256.NewInt(params.GWei),
		GasFeeCap: uint256.NewInt(100 * params.GWei), Gas: params.TxGas, To: common.Address{0xbb},
		BlobFeeCap: uint256.NewInt(100 * params.GWei), BlobHashes: hashes, Sidecar: sc,
	})
	a.Nonce++
	return tx, nil
}

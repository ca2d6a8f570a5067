package devnet

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

// TxDataBytes is the calldata of one load transaction: geth's txpool takes
// transactions up to 128 KiB.
const TxDataBytes = 120 << 10

// txGas is the gas of one load transaction: 21000 plus 16 per non-zero byte.
const txGas = 21000 + 16*TxDataBytes + 1000

// LoadKey is a funded account for the transaction load.
type LoadKey struct {
	Key     *ecdsa.PrivateKey
	Address common.Address
}

// NewLoadKey makes a fresh account to fund in genesis.
func NewLoadKey() (*LoadKey, error) {
	k, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	return &LoadKey{Key: k, Address: crypto.PubkeyToAddress(k.PublicKey)}, nil
}

// GasLimitFor returns an execution gas limit whose full blocks of load
// transactions come to about size bytes.
func GasLimitFor(size int) uint64 {
	n := max(1, (size+TxDataBytes/2)/TxDataBytes)
	return uint64(n)*txGas + 200_000
}

// TxsPerSlot is how many load transactions fill a block of size bytes.
func TxsPerSlot(size int) int { return max(1, (size+TxDataBytes/2)/TxDataBytes) }

// RunLoad sends, at the start of every slot until ctx ends, enough calldata
// transactions to fill the next block to about size bytes, to every node's
// execution client (whichever proposes includes them; the others drop them
// as stale once the block arrives).
func (n *Net) RunLoad(ctx context.Context, key *LoadKey, size int) error {
	var clients []*ethclient.Client
	for _, nd := range n.Nodes {
		c, err := ethclient.DialContext(ctx, nd.GethRPC())
		if err != nil {
			return err
		}
		defer c.Close()
		clients = append(clients, c)
	}
	signer := types.LatestSignerForChainID(big.NewInt(chainID))
	per := TxsPerSlot(size)
	var nonce uint64
	to := common.HexToAddress("0x000000000000000000000000000000000000dead")
	t := time.NewTimer(0)
	defer t.Stop()
	for {
		slot := n.SlotOf(time.Now()) + 1
		// Send half a slot before the next slot starts.
		at := n.SlotStart(slot).Add(-time.Duration(n.Cfg.SecondsPerSlot) * time.Second / 2)
		t.Reset(max(0, time.Until(at)))
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		// Top up to per pending transactions on the first client.
		pending, err := clients[0].PendingNonceAt(ctx, key.Address)
		if err != nil {
			return fmt.Errorf("devnet: load: %w", err)
		}
		confirmed, err := clients[0].NonceAt(ctx, key.Address, nil)
		if err != nil {
			return fmt.Errorf("devnet: load: %w", err)
		}
		nonce = max(nonce, confirmed)
		want := int(confirmed) + per - int(max(pending, nonce))
		var txs []*types.Transaction
		for i := 0; i < want; i++ {
			data := make([]byte, TxDataBytes)
			_, _ = rand.Read(data)
			for j := range data {
				if data[j] == 0 {
					data[j] = 1
				}
			}
			tx, err := types.SignNewTx(key.Key, signer, &types.DynamicFeeTx{ChainID: big.NewInt(chainID), Nonce: nonce,
				GasTipCap: big.NewInt(2e9), GasFeeCap: big.NewInt(200e9), Gas: txGas, To: &to, Data: data})
			if err != nil {
				return err
			}
			nonce++
			txs = append(txs, tx)
		}
		var wg sync.WaitGroup
		errs := make([]error, len(clients))
		for i, c := range clients {
			wg.Add(1)
			go func(i int, c *ethclient.Client) {
				defer wg.Done()
				for _, tx := range txs {
					// "already known" and "nonce too low" are expected once another
					// node's block included the transaction.
					if err := c.SendTransaction(ctx, tx); err != nil && errs[i] == nil &&
						!strings.Contains(err.Error(), "already known") && !strings.Contains(err.Error(), "nonce too low") {
						errs[i] = err
					}
				}
			}(i, c)
		}
		wg.Wait()
		if errs[0] != nil && ctx.Err() == nil {
			return fmt.Errorf("devnet: load: %w", errs[0])
		}
	}
}

namespace ScrutinyBot.Core.Retrieval.FullText;

/// <summary>The Porter (1980) stemmer as SQLite's FTS5 "porter" tokenizer applies it (Martin Porter's reference
/// algorithm, with its "bli"→"ble" and "logi"→"log" departures; words under 3 or over 64 characters are left as they
/// are), so an engine that is not FTS5 finds the same word stems. Checked word for word against FTS5 in the tests.</summary>
public static class PorterStemmer
{
    private const int MaxLength = 64;

    /// <summary>The stem of one lower-case token.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < 3 || word.Length > MaxLength)
        {
            return word;
        }

        var state = new Word(word);
        state.Step1ab();
        if (state.K > 0)
        {
            state.Step1c();
            state.Step2();
            state.Step3();
            state.Step4();
            state.Step5();
        }

        return state.ToString();
    }

    private sealed class Word(string word)
    {
        private readonly char[] _b = word.ToCharArray();
        private int _j;

        public int K { get; private set; } = word.Length - 1;

        public override string ToString() => new(_b, 0, K + 1);

        public void Step1ab()
        {
            if (_b[K] == 's')
            {
                if (Ends("sses"))
                {
                    K -= 2;
                }
                else if (Ends("ies"))
                {
                    SetTo("i");
                }
                else if (_b[K - 1] != 's')
                {
                    K--;
                }
            }

            if (Ends("eed"))
            {
                if (M() > 0)
                {
                    K--;
                }
            }
            else if ((Ends("ed") || Ends("ing")) && VowelInStem())
            {
                K = _j;
                if (Ends("at"))
                {
                    SetTo("ate");
                }
                else if (Ends("bl"))
                {
                    SetTo("ble");
                }
                else if (Ends("iz"))
                {
                    SetTo("ize");
                }
                else if (DoubleConsonant(K))
                {
                    K--;
                    if (_b[K] is 'l' or 's' or 'z')
                    {
                        K++;
                    }
                }
                else if (M() == 1 && Cvc(K))
                {
                    SetTo("e");
                }
            }
        }

        public void Step1c()
        {
            if (Ends("y") && VowelInStem())
            {
                _b[K] = 'i';
            }
        }

        public void Step2()
        {
            _ = _b[K - 1] switch
            {
                'a' => R("ational", "ate") || R("tional", "tion"),
                'c' => R("enci", "ence") || R("anci", "ance"),
                'e' => R("izer", "ize"),
                'l' => R("bli", "ble") || R("alli", "al") || R("entli", "ent") || R("eli", "e") || R("ousli", "ous"),
                'o' => R("ization", "ize") || R("ation", "ate") || R("ator", "ate"),
                's' => R("alism", "al") || R("iveness", "ive") || R("fulness", "ful") || R("ousness", "ous"),
                't' => R("aliti", "al") || R("iviti", "ive") || R("biliti", "ble"),
                'g' => R("logi", "log"),
                _ => false,
            };
        }

        public void Step3()
        {
            _ = _b[K] switch
            {
                'e' => R("icate", "ic") || R("ative", string.Empty) || R("alize", "al"),
                'i' => R("iciti", "ic"),
                'l' => R("ical", "ic") || R("ful", string.Empty),
                's' => R("ness", string.Empty),
                _ => false,
            };
        }

        public void Step4()
        {
            if (K < 1)
            {
                return;
            }

            var found = _b[K - 1] switch
            {
                'a' => Ends("al"),
                'c' => Ends("ance") || Ends("ence"),
                'e' => Ends("er"),
                'i' => Ends("ic"),
                'l' => Ends("able") || Ends("ible"),
                'n' => Ends("ant") || Ends("ement") || Ends("ment") || Ends("ent"),
                'o' => (Ends("ion") && _j >= 0 && _b[_j] is 's' or 't') || Ends("ou"),
                's' => Ends("ism"),
                't' => Ends("ate") || Ends("iti"),
                'u' => Ends("ous"),
                'v' => Ends("ive"),
                'z' => Ends("ize"),
                _ => false,
            };
            if (found && M() > 1)
            {
                K = _j;
            }
        }

        public void Step5()
        {
            _j = K;
            if (_b[K] == 'e')
            {
                var m = M();
                if (m > 1 || (m == 1 && !Cvc(K - 1)))
                {
                    K--;
                }
            }

            if (_b[K] == 'l' && DoubleConsonant(K) && M() > 1)
            {
                K--;
            }
        }

        private bool IsConsonant(int i) => _b[i] switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => false,
            'y' => i == 0 || !IsConsonant(i - 1),
            _ => true,
        };

        /// <summary>The number of vowel-consonant sequences in the stem before <see cref="_j"/>.</summary>
        private int M()
        {
            var n = 0;
            var i = 0;
            if (!SkipRun(ref i, consonants: true))
            {
                return n;
            }

            i++;
            while (true)
            {
                if (!SkipRun(ref i, consonants: false))
                {
                    return n;
                }

                i++;
                n++;
                if (!SkipRun(ref i, consonants: true))
                {
                    return n;
                }

                i++;
            }
        }

        /// <summary>Moves <paramref name="i"/> past a run of consonants (or of vowels) in the stem; false when the stem
        /// ends inside the run.</summary>
        private bool SkipRun(ref int i, bool consonants)
        {
            for (; i <= _j; i++)
            {
                if (IsConsonant(i) != consonants)
                {
                    return true;
                }
            }

            return false;
        }

        private bool VowelInStem()
        {
            for (var i = 0; i <= _j; i++)
            {
                if (!IsConsonant(i))
                {
                    return true;
                }
            }

            return false;
        }

        private bool DoubleConsonant(int j) => j >= 1 && _b[j] == _b[j - 1] && IsConsonant(j);

        private bool Cvc(int i) =>
            i >= 2 && IsConsonant(i) && !IsConsonant(i - 1) && IsConsonant(i - 2) && _b[i] is not ('w' or 'x' or 'y');

        private bool Ends(string s)
        {
            var length = s.Length;
            if (length > K + 1 || s[length - 1] != _b[K])
            {
                return false;
            }

            if (!new ReadOnlySpan<char>(_b, K - length + 1, length).SequenceEqual(s))
            {
                return false;
            }

            _j = K - length;
            return true;
        }

        private void SetTo(string s)
        {
            s.CopyTo(0, _b, _j + 1, s.Length);
            K = _j + s.Length;
        }

        /// <summary>When the word ends in <paramref name="suffix"/>, replaces it if the stem before it has a measure
        /// above 0. True when the word ended so (whether or not it was replaced).</summary>
        private bool R(string suffix, string replacement)
        {
            if (!Ends(suffix))
            {
                return false;
            }

            if (M() > 0)
            {
                SetTo(replacement);
            }

            return true;
        }
    }
}

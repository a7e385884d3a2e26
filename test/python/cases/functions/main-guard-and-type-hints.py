from typing import Optional, List, Dict

def latest(versions: List[int], default: Optional[int] = None) -> Optional[int]:
    return max(versions) if versions else default

stages: Dict[str, int] = {"Production": 2}
count: int
def main() -> None:
    print(latest([1, 3, 2]), latest([]), latest([], default=0), stages)

if __name__ == "__main__":
    main()

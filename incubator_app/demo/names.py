"""French first and last names, streets and project-name parts for demo people.

The mix mirrors a Marseille incubator's public: old Provençal and Italian families, Armenian,
Maghrebi, Comorian and Spanish roots, and newcomers from everywhere else in France.
"""

from __future__ import annotations


def _split(text: str) -> tuple[str, ...]:
    """One comma-separated block per list keeps the data readable and the formatter quiet."""
    return tuple(item.strip() for item in text.split(",") if item.strip())


FEMALE_FIRST_NAMES = _split(
    """
Camille, Léa, Manon, Chloé, Inès, Sarah, Emma, Jade, Louise, Zoé, Clara, Lucie, Juliette,
Mathilde, Anaïs, Élise, Margaux, Pauline, Marion, Céline, Nadia, Yasmine, Samia, Leïla,
Amina, Naïma, Karima, Fatou, Aïcha, Mariam, Anahid, Lucine, Nairi, Giulia, Chiara, Carmen,
Lola, Nina, Agathe, Salomé, Justine, Océane, Laure, Hélène, Sophie, Isabelle, Nathalie,
Sandrine, Aurélie, Émilie, Maëlle, Romane, Apolline, Héloïse, Noémie, Ophélie, Solène,
Maïwenn, Rose, Alice
"""
)
MALE_FIRST_NAMES = _split(
    """
Lucas, Hugo, Théo, Louis, Nathan, Jules, Mathis, Arthur, Raphaël, Gabriel, Antoine, Julien,
Nicolas, Thomas, Maxime, Romain, Baptiste, Clément, Florian, Adrien, Karim, Mehdi, Yanis,
Sofiane, Nassim, Rachid, Samir, Bilal, Ibrahim, Moussa, Said, Armen, Hovig, Vahé, Grégoire,
Marco, Luca, Matteo, Pablo, Diego, Olivier, Stéphane, Frédéric, Sébastien, Laurent,
Philippe, Benoît, Cédric, Jérémie, Loïc, Gaël, Titouan, Elouan, Noé, Joseph, Victor, Paul,
Simon, Bastien, Mathéo
"""
)
NEUTRAL_FIRST_NAMES = _split(
    """
Camille, Sacha, Alex, Charlie, Dominique, Eden, Louison
"""
)

LAST_NAMES = _split(
    """
Martin, Bernard, Dubois, Thomas,
Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, Laurent, Lefebvre, Michel, Garcia,
David, Bertrand, Roux, Vincent, Fournier, Morel, Girard, André, Mercier, Blanc, Guérin,
Boyer, Garnier, Chevalier, François, Legrand, Gauthier, Perrin, Robin, Clément, Morin,
Nicolas, Henry, Roussel, Mathieu, Gautier, Masson, Marchand, Duval, Denis, Dumont, Marie,
Lemaire, Noël, Meyer, Dufour, Meunier, Brun, Blanchard, Giraud, Joly, Rivière, Lucas,
Brunet, Gaillard, Barbier, Arnaud, Martinez, Gérard, Roche, Renard, Schmitt, Roy, Leroux,
Colin, Vidal, Caron, Picard, Roger, Fabre, Aubert, Lemoine, Renaud, Dumas, Lacroix,
Olivier, Philippe, Bourgeois, Pierre, Benoît, Rey, Leclerc, Payet, Rolland, Guillaume,
Lecomte, Lopez, Jean, Dupuy, Guillot, Hubert, Berger, Carpentier, Sanchez, Dupuis, Moulin,
Louis, Deschamps, Huet, Vasseur, Perez, Boucher, Fleury, Royer, Klein, Jacquet, Adam,
Paris, Poirier, Marty, Aubry, Guyot, Carré, Charles, Renault, Charpentier, Ménard,
Maillard, Baron, Bertin, Bailly, Hervé, Schneider, Fernandez, Le Gall, Collet, Léger,
Bouvier, Julien, Prévost, Millet, Perrot, Daniel, Le Roux, Cousin, Germain, Breton, Besson,
Langlois, Rémy, Pelletier, Lévêque, Perrier, Leblanc, Barré, Lebrun, Marchal, Weber,
Mallet, Hamon, Boulanger, Jacob, Monnier, Michaud, Rodriguez, Guichard, Gillet, Étienne,
Grondin, Poulain, Tessier, Chevallier, Collin, Chauvin, Da Silva, Bouchet, Gay, Lemaître,
Bénard, Maréchal, Humbert, Reynaud, Antoine, Hoarau, Perret, Barthélemy, Cordier, Pichon,
Lejeune, Gilbert, Lamy, Delaunay, Pasquier, Carlier, Laporte, Castellane, Pagnol, Olivieri,
Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno,
Gallo, Conti, De Luca, Costa, Giordano, Mancini, Rizzo, Lombardi, Moretti, Barbieri,
Fontana, Santoro, Mariani, Rinaldi, Caruso, Ferrara, Galli, Martini, Leone, Longo, Gentile,
Martinelli, Vitale, Lombardo, Serra, Coppola, De Santis, D'Angelo, Marchetti, Parisi,
Villa, Conte, Ferraro, Ferri, Fabbri, Bianco, Marini, Grasso, Valentini, Messina, Sala,
De Angelis, Gatti, Pellegrini, Palumbo, Sanna, Farina, Rizzi, Monti, Cattaneo, Morelli,
Amato, Silvestri, Mazza, Testa, Grassi, Pellegrino, Carbone, Giuliani, Benedetti, Barone,
Rossetti, Caputo, Montanari, Guerra, Palmieri, Bernardi, Martino, Fiore, De Rosa, Ferretti,
Bellini, Basile, Riva, Donati, Piras, Vitali, Battaglia, Sartori, Neri, Costantini, Milani,
Pagano, Ruggiero, Sorrentino, D'Amico, Orlando, Giraudo, Negri, Kassabian, Papazian,
Manoukian, Der Sarkissian, Aznavourian, Boyadjian, Kevorkian, Hovsepian, Tchakarian,
Khatchadourian, Benali, Bensaïd, Haddad, Mansouri, Belkacem, Boudjema, Cherif, Djebbar,
Hamidi, Khelifi, Mebarki, Saïdi, Zerrouki, Bouzid, Amrani, Benyahia, Brahimi, Chaouche,
Ouali, Tahar, Ahamada, Said Ali, Mohamed, Soilihi, Abdallah, Madi, Youssouf, Mzé, Diallo,
Traoré, Ndiaye, Diop, Sow, Camara, Nguyen, Tran, Pham, Fernandes, Pereira, Gomes,
Rodrigues, Ruiz, Moreno, Navarro, Romero, Alvarez, Torres, Castro, Ortega
"""
)

# Streets of the Marseille neighbourhoods the incubator's public lives and works in.
MARSEILLE_STREETS = _split(
    """
rue de la République, boulevard National, cours Julien, rue d'Aubagne, rue de la Joliette,
rue du Panier, place de Lenche, rue Sainte, rue Paradis, rue de Rome,
boulevard de la Libération, rue Consolat, rue Curiol, boulevard Longchamp, rue Jobin,
rue Bernard, avenue du Prado, rue Breteuil, chemin du Roucas-Blanc, traverse de la Martine,
rue de Lodi, rue des Trois-Frères-Barthélemy, boulevard de Paris, rue d'Oran,
chemin de Sainte-Marthe, rue Loubon, avenue de Saint-Antoine, rue Ferrari,
place Jean-Jaurès, rue Pierre-Albrand
"""
)
TOWN_STREETS = _split(
    """
avenue Jean-Jaurès, rue Victor-Hugo, place de la Mairie, chemin des Oliviers,
rue de la Liberté, boulevard Gambetta, avenue de la Gare, rue des Écoles, rue du Portail,
chemin des Vignes, place du Marché, rue Frédéric-Mistral, avenue du 8-Mai-1945,
rue Pasteur, cours Mirabeau, rue de l'Horloge, impasse des Lavandes, route de Manosque,
rue Émile-Zola, quai des Pêcheurs
"""
)

# Neighbourhoods and landmarks that give projects their local names.
PLACES = _split(
    """
du Panier, de la Joliette, de la Belle de Mai, du Vieux-Port, de Noailles, de l'Estaque,
des Goudes, du Cours Julien, de la Plaine, de Belsunce, de Sainte-Marthe, des Calanques,
de Malmousque, de la Friche, du Frioul, de l'Huveaune, de Callelongue, des Catalans,
de la Canebière, du Lacydon, de la Sainte-Victoire, du Luberon, des Alpilles,
de la Durance, du Mercantour
"""
)
NOUNS = _split(
    """
Arpenteurs, Passeurs, Funambules, Vagabonds, Rêveurs, Glaneurs, Sémaphores, Cigales,
Mistrals, Marées, Embruns, Lucioles, Ricochets, Échappées, Traverses, Tisserands, Escales,
Boussoles, Veilleurs, Oiseaux de passage, Bâtisseurs, Saltimbanques, Sirènes, Haleurs,
Calanquais
"""
)
